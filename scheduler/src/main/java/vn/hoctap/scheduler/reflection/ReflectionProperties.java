package vn.hoctap.scheduler.reflection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hoctap.reflections.*}: the allowed length of a reflection and of an action plan, and the
 * similarity from which a reflection is flagged as a near-copy of another member's.
 */
@ConfigurationProperties("hoctap.reflections")
public record ReflectionProperties(@DefaultValue("50") int minWords, @DefaultValue("3000") int maxWords,
        @DefaultValue("0.5") double copyThreshold) {
}

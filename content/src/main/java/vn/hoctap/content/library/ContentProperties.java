package vn.hoctap.content.library;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code hoctap.content.*}: the longest generated summary, in characters. */
@ConfigurationProperties("hoctap.content")
public record ContentProperties(@DefaultValue("3000") int summaryChars) {
}

package vn.hoctap.scheduler.quiz;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hoctap.quiz.*}: questions per attempt, the wait after a failed attempt, and the pass mark
 * of assignments outside a campaign (campaigns set their own).
 */
@ConfigurationProperties("hoctap.quiz")
public record QuizProperties(@DefaultValue("5") int size, @DefaultValue("10m") Duration retakeWait,
        @DefaultValue("80") int defaultPassMark) {
}

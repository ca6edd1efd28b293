package vn.hoctap.scheduler.refresh;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When refreshers come back after a member finished (days, ascending), how long a missed one may
 * still be sent after its day (the last interval's; earlier ones give way to the next), and how
 * often due refreshers are looked for.
 */
@ConfigurationProperties("hoctap.refreshers")
public record RefresherProperties(@DefaultValue({"3", "10", "30"}) List<Integer> days, @DefaultValue("7d") Duration lastGrace,
        @DefaultValue("15m") Duration checkInterval) {

    public RefresherProperties {
        days = days.stream().filter(d -> d != null && d > 0).distinct().sorted().toList();
    }
}

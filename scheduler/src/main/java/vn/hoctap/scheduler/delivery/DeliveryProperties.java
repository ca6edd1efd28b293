package vn.hoctap.scheduler.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Delivery pacing and robustness. {@code ratePerSecond} is Telegram's bulk limit (30/s);
 * {@code paidRatePerSecond} applies to paid broadcasts (up to 1,000/s). A strict sliding window
 * of {@code 1 s + windowGuard} allows {@code limit x margin} sends; interactive replies come first
 * and bulk keeps at least {@code bulkFloor} of the window while replies are busy.
 */
@ConfigurationProperties("hoctap.delivery")
public record DeliveryProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("4") int threads,
        @DefaultValue("20") int batchSize,
        @DefaultValue("200ms") Duration pollInterval,
        @DefaultValue("60s") Duration lease,
        @DefaultValue("30") int ratePerSecond,
        @DefaultValue("1000") int paidRatePerSecond,
        @DefaultValue("1") int perChatPerSecond,
        @DefaultValue("0.985") double margin,
        @DefaultValue("15ms") Duration windowGuard,
        @DefaultValue("0.2") double bulkFloor,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("10s") Duration progressLogInterval,
        @DefaultValue("20s") Duration shutdownGrace) {
}

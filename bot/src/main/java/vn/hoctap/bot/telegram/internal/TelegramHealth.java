package vn.hoctap.bot.telegram.internal;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import vn.hoctap.bot.telegram.TelegramProperties;

/**
 * Readiness of the Telegram transport: with the bot on, the inbox must be accepting updates (the
 * webhook answers 503 otherwise) and, in polling mode, the poller must be running. With the bot
 * off it is UP with {@code mode=off}: the dashboard and API still serve.
 */
@Component("telegram")
class TelegramHealth implements HealthIndicator {

    private final TelegramProperties props;
    private final InboxDispatcher inbox;
    private final LongPollingTransport polling;

    TelegramHealth(TelegramProperties props, InboxDispatcher inbox, LongPollingTransport polling) {
        this.props = props;
        this.inbox = inbox;
        this.polling = polling;
    }

    @Override
    public Health health() {
        if (!props.enabled()) {
            return Health.up().withDetail("mode", "off").build();
        }
        String mode = props.mode().name().toLowerCase(java.util.Locale.ROOT);
        if (!inbox.accepting()) {
            return Health.down().withDetail("mode", mode).withDetail("inbox", "not accepting").build();
        }
        if (props.mode() == TelegramProperties.Mode.POLLING && !polling.isRunning()) {
            return Health.down().withDetail("mode", mode).withDetail("poller", "stopped").build();
        }
        return Health.up().withDetail("mode", mode).build();
    }
}

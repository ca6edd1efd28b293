package vn.hoctap.bot.telegram;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.telegram.telegrambots.meta.TelegramUrl;

/** How the bot reaches Telegram. A blank token turns Telegram off; the web part still runs. */
@ConfigurationProperties("hoctap.telegram")
public record TelegramProperties(
        String token,
        @DefaultValue("HoctapBot") String username,
        @DefaultValue("https://api.telegram.org") URI url,
        @DefaultValue("polling") Mode mode,
        String webhookSecret,
        String webhookPublicUrl,
        @DefaultValue("1MB") DataSize webhookMaxBody,
        @DefaultValue("50s") Duration pollTimeout,
        @DefaultValue("10s") Duration pollerLockRetry,
        @DefaultValue("8") int workerThreads,
        @DefaultValue("30s") Duration inboxLease,
        @DefaultValue("5s") Duration inboxSweep,
        @DefaultValue("2d") Duration inboxRetention,
        @DefaultValue("20s") Duration shutdownGrace,
        @DefaultValue("60s") Duration maxRetryAfter,
        @DefaultValue("2s") Duration backlogHold) {

    public enum Mode {
        POLLING, WEBHOOK
    }

    public boolean enabled() {
        return token != null && !token.isBlank();
    }

    /** The Bot API base URL as TelegramBots wants it (tests point it at a fake server). */
    public TelegramUrl telegramUrl() {
        String scheme = url.getScheme();
        int port = url.getPort() > 0 ? url.getPort() : ("https".equals(scheme) ? 443 : 80);
        return new TelegramUrl(scheme, url.getHost(), port, false);
    }

}

package vn.hoctap.bot.webapp;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Telegram Mini App (the document reader). {@code publicUrl} is the app's address as Telegram
 * users reach it (HTTPS in production); blank turns the Mini App buttons and menu button off while
 * the chat keeps working. {@code maxAge} is how old a Telegram {@code initData} may be.
 */
@ConfigurationProperties("hoctap.webapp")
public record WebAppProperties(String publicUrl, @DefaultValue("24h") Duration maxAge, @DefaultValue("200") int maxBookmarks) {

    public boolean enabled() {
        return publicUrl != null && !publicUrl.isBlank();
    }

    /** The reader's URL, without a trailing slash in the base. */
    public String pageUrl() {
        String base = publicUrl.strip();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/webapp/";
    }
}

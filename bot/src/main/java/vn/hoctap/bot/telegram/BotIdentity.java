package vn.hoctap.bot.telegram;

import org.springframework.stereotype.Component;

/**
 * The bot's public username, used in invitation links. Starts as configured and is corrected
 * from Telegram's getMe when Telegram is on, so links never point at the wrong bot.
 */
@Component
public class BotIdentity {

    private volatile String username;

    public BotIdentity(TelegramProperties props) {
        this.username = props.username();
    }

    public String username() {
        return username;
    }

    public void learnedUsername(String fromTelegram) {
        if (fromTelegram != null && !fromTelegram.isBlank()) {
            this.username = fromTelegram;
        }
    }

    public String deepLink(String startParameter) {
        return "https://t.me/" + username + "?start=" + startParameter;
    }
}

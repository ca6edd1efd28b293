package vn.hoctap.bot.telegram;

import java.nio.charset.StandardCharsets;

/**
 * An inline button: either callback data (Telegram refuses over 64 bytes, so that is checked here),
 * a URL to open, or (with {@code webApp}) a URL to open as a Telegram Mini App inside the chat.
 */
public record Button(String text, String callbackData, String url, boolean webApp) {

    public static final int MAX_DATA_BYTES = 64;

    public Button {
        if (webApp && url == null) {
            throw new IllegalArgumentException("a Mini App button needs a URL");
        }
        if ((callbackData == null) == (url == null)) {
            throw new IllegalArgumentException("a button has either callback data or a URL");
        }
        if (callbackData != null && callbackData.getBytes(StandardCharsets.UTF_8).length > MAX_DATA_BYTES) {
            throw new IllegalArgumentException("callback data over 64 bytes: " + callbackData);
        }
    }

    public Button(String text, String callbackData, String url) {
        this(text, callbackData, url, false);
    }

    public Button(String text, String callbackData) {
        this(text, callbackData, null, false);
    }

    public static Button link(String text, String url) {
        return new Button(text, null, url, false);
    }

    /** Opens {@code url} as a Mini App (web_app button; Telegram signs the user into it with initData). */
    public static Button webApp(String text, String url) {
        return new Button(text, null, url, true);
    }
}

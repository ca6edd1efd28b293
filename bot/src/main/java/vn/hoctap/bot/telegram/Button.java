package vn.hoctap.bot.telegram;

import java.nio.charset.StandardCharsets;

/**
 * An inline button: either callback data (Telegram refuses over 64 bytes, so that is checked here)
 * or a URL to open.
 */
public record Button(String text, String callbackData, String url) {

    public static final int MAX_DATA_BYTES = 64;

    public Button {
        if ((callbackData == null) == (url == null)) {
            throw new IllegalArgumentException("a button has either callback data or a URL");
        }
        if (callbackData != null && callbackData.getBytes(StandardCharsets.UTF_8).length > MAX_DATA_BYTES) {
            throw new IllegalArgumentException("callback data over 64 bytes: " + callbackData);
        }
    }

    public Button(String text, String callbackData) {
        this(text, callbackData, null);
    }

    public static Button link(String text, String url) {
        return new Button(text, null, url);
    }
}

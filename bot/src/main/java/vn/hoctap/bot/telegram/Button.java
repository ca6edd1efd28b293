package vn.hoctap.bot.telegram;

import java.nio.charset.StandardCharsets;

/** An inline button; Telegram refuses callback data over 64 bytes, so that is checked here. */
public record Button(String text, String callbackData) {

    public static final int MAX_DATA_BYTES = 64;

    public Button {
        if (callbackData.getBytes(StandardCharsets.UTF_8).length > MAX_DATA_BYTES) {
            throw new IllegalArgumentException("callback data over 64 bytes: " + callbackData);
        }
    }
}

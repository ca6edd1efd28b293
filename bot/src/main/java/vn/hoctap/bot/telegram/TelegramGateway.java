package vn.hoctap.bot.telegram;

/** The only way the application talks to Telegram. */
public interface TelegramGateway {

    /** Sends text, split into several messages if longer than Telegram allows; the keyboard goes on the last. */
    void send(long chatId, String text, Keyboard keyboard);

    default void send(long chatId, String text) {
        send(chatId, text, Keyboard.NONE);
    }

    /** Replaces a message's text and buttons; editing to identical content is not an error. */
    void edit(long chatId, int messageId, String text, Keyboard keyboard);

    /** Stops the button's spinner, optionally with a short notice (or an alert). */
    void answerCallback(String callbackId, String notice, boolean alert);
}

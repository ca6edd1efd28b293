package vn.hoctap.bot.telegram;

/** The only way the application talks to Telegram. */
public interface TelegramGateway {

    /** Sends text, split into several messages if longer than Telegram allows; the keyboard goes on the last. */
    void send(long chatId, String text, Keyboard keyboard);

    default void send(long chatId, String text) {
        send(chatId, text, Keyboard.NONE);
    }

    /**
     * Bulk delivery: one attempt, no retry, no waiting (the delivery worker paces and retries).
     * {@code paidBroadcast} sets allow_paid_broadcast for deadline-day bursts.
     *
     * @return Telegram's message id
     * @throws TelegramCallException with Telegram's error code (and retry_after for 429)
     */
    int sendOnce(long chatId, String text, Keyboard keyboard, boolean paidBroadcast);

    /**
     * Sends a native quiz poll (non-anonymous, so answers come back as poll_answer updates).
     *
     * @return the poll's id
     */
    String sendQuizPoll(long chatId, String question, java.util.List<String> options, java.util.List<Integer> correct,
            String explanation);

    /** Sends one message formatted with Telegram's HTML (at most 4,096 characters; callers escape user text). */
    void sendHtml(long chatId, String html, Keyboard keyboard);

    /** Answers an inline query ("@bot …") with up to 50 articles. */
    void answerInline(String inlineQueryId, java.util.List<InlineArticle> articles);

    /** Replaces a message's text and buttons; editing to identical content is not an error. */
    void edit(long chatId, int messageId, String text, Keyboard keyboard);

    /** Like {@link #edit}, with the text in Telegram's HTML (callers escape document and user text). */
    default void editHtml(long chatId, int messageId, String html, Keyboard keyboard) {
        throw new UnsupportedOperationException("editHtml");
    }

    /** Sets the bot's default menu button (beside the input field) to open a Mini App. */
    default void setMenuWebApp(String text, String url) {
        throw new UnsupportedOperationException("setMenuWebApp");
    }

    /** Stops the button's spinner, optionally with a short notice (or an alert). */
    void answerCallback(String callbackId, String notice, boolean alert);
}

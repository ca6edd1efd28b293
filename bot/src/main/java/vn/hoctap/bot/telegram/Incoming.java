package vn.hoctap.bot.telegram;

/**
 * One update reduced to what handlers need. Commands are lower-cased and stripped of a
 * {@code @BotName} suffix; {@code argument} is the rest of the line ({@code /start CODE}).
 */
public record Incoming(int updateId, Kind kind, long chatId, long userId, String firstName, String text,
        String command, String argument, String callbackId, String callbackData, Integer messageId, String inlineQueryId) {

    /**
     * What arrived. OTHER_MESSAGE is a sticker, photo, voice, file…; INLINE is "@bot query" typed in
     * any chat (its text is the query, its chat the user's id); POLL_ANSWER is a vote in a quiz poll
     * (text = poll id, argument = chosen option ids, comma-separated); IGNORED is nothing to answer.
     */
    public enum Kind {
        COMMAND, TEXT, CALLBACK, OTHER_MESSAGE, INLINE, POLL_ANSWER, IGNORED
    }

    public boolean isCommand(String name) {
        return kind == Kind.COMMAND && name.equals(command);
    }

    public boolean isCallback() {
        return kind == Kind.CALLBACK;
    }

    public boolean hasArgument() {
        return argument != null && !argument.isBlank();
    }
}

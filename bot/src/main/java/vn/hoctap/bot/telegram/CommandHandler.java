package vn.hoctap.bot.telegram;

import vn.hoctap.bot.session.ChatSession;

/** A handler for one slash command. */
public interface CommandHandler extends UpdateHandler {

    /** The command without the slash, lower case. */
    String command();

    @Override
    default boolean accepts(Incoming in, ChatSession session) {
        return in.isCommand(command());
    }
}

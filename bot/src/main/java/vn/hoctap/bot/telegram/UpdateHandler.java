package vn.hoctap.bot.telegram;

import vn.hoctap.bot.session.ChatSession;

/**
 * Handles one kind of update. The dispatcher asks handlers in its explicit order and gives the
 * update to the first that accepts it.
 */
public interface UpdateHandler {

    boolean accepts(Incoming in, ChatSession session);

    void handle(Incoming in, ChatSession session) throws Exception;
}

package vn.hoctap.bot.telegram;

import vn.hoctap.bot.session.ChatSession;

/** A handler for one button action; it receives only well-formed callback data. */
public interface CallbackHandler extends UpdateHandler {

    String action();

    /** How many numeric arguments the action carries; anything else is treated as tampered. */
    int arity();

    void handle(Incoming in, CallbackData data, ChatSession session) throws Exception;

    @Override
    default boolean accepts(Incoming in, ChatSession session) {
        return in.isCallback() && CallbackData.parse(in.callbackData())
                .filter(d -> d.action().equals(action()) && d.args().size() == arity()).isPresent();
    }

    @Override
    default void handle(Incoming in, ChatSession session) throws Exception {
        handle(in, CallbackData.parse(in.callbackData()).orElseThrow(), session);
    }
}

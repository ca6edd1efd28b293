package vn.hoctap.bot.telegram;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.Action;

/** A handler for one button action; it receives only well-formed callback data. */
public interface CallbackHandler extends UpdateHandler {

    /** The action it answers; data with another code or another number of arguments is not its. */
    Action action();

    void handle(Incoming in, CallbackData data, ChatSession session) throws Exception;

    @Override
    default boolean accepts(Incoming in, ChatSession session) {
        return in.isCallback() && CallbackData.parse(in.callbackData()).filter(action()::matches).isPresent();
    }

    @Override
    default void handle(Incoming in, ChatSession session) throws Exception {
        handle(in, CallbackData.parse(in.callbackData()).orElseThrow(), session);
    }

    /** The body of a button declared inline in a {@link RouteGroup}. */
    @FunctionalInterface
    interface Body {
        void handle(Incoming in, CallbackData data, ChatSession session) throws Exception;
    }

    /** A handler for {@code action} whose body is a method of the feature's dialogue or views. */
    static CallbackHandler of(Action action, Body body) {
        return new CallbackHandler() {
            @Override
            public Action action() {
                return action;
            }

            @Override
            public void handle(Incoming in, CallbackData data, ChatSession session) throws Exception {
                body.handle(in, data, session);
            }

            @Override
            public String toString() {
                return "callback " + action.code();
            }
        };
    }
}

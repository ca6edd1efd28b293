package vn.hoctap.bot.telegram;

import java.util.List;
import java.util.Optional;

import vn.hoctap.bot.session.ChatSession;

/**
 * Routes each update to exactly one handler: the first, in the order given, that accepts it.
 * The order is written out in one place ({@code BotRoutes}) so precedence is visible.
 */
public final class UpdateDispatcher {

    private final List<UpdateHandler> handlers;

    public UpdateDispatcher(List<UpdateHandler> handlersInOrder) {
        this.handlers = List.copyOf(handlersInOrder);
    }

    public Optional<UpdateHandler> route(Incoming in, ChatSession session) {
        return handlers.stream().filter(h -> h.accepts(in, session)).findFirst();
    }

    public List<UpdateHandler> handlers() {
        return handlers;
    }
}

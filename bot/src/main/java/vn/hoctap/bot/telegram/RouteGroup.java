package vn.hoctap.bot.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * One feature's handlers in the order the feature wants them tried (grammY's {@code Composer},
 * python-telegram-bot's handler groups). Each feature declares its group in its own
 * {@code XxxRoutes} configuration, next to its package-private handlers; {@code BotRoutes} only
 * orders the groups. A feature's dialogue (its session state, the handler that owns the member's
 * text while in it, its buttons) is declared in that one place.
 */
public record RouteGroup(String name, List<UpdateHandler> handlers) {

    public RouteGroup {
        if (handlers.isEmpty()) {
            throw new IllegalArgumentException("route group " + name + " has no handlers");
        }
        handlers = List.copyOf(handlers);
    }

    public static Builder named(String name) {
        return new Builder(name);
    }

    /** Collects a group's handlers in order. */
    public static final class Builder {

        private final String name;
        private final List<UpdateHandler> handlers = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder handle(UpdateHandler... inOrder) {
            handlers.addAll(List.of(inOrder));
            return this;
        }

        /** A button whose body needs no class of its own. */
        public Builder callback(Action action, CallbackHandler.Body body) {
            handlers.add(CallbackHandler.of(action, body));
            return this;
        }

        public RouteGroup build() {
            return new RouteGroup(name, handlers);
        }
    }
}

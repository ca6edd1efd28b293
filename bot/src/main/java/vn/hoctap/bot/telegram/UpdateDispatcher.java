package vn.hoctap.bot.telegram;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.hoctap.bot.session.ChatSession;

/**
 * Routes each update to exactly one handler: the first, in the order of the groups and then of
 * each group's handlers, that accepts it. The group order is written out in one place
 * ({@code BotRoutes}) so precedence is visible. Refuses, at start-up, a handler routed twice and two
 * handlers for one button code (the second would never run).
 */
public final class UpdateDispatcher {

    private final List<RouteGroup> groups;
    private final List<UpdateHandler> handlers;

    public UpdateDispatcher(List<RouteGroup> groupsInOrder) {
        this.groups = List.copyOf(groupsInOrder);
        this.handlers = groups.stream().flatMap(g -> g.handlers().stream()).toList();
        Set<UpdateHandler> seen = new HashSet<>();
        Map<String, String> codes = new HashMap<>();
        for (RouteGroup group : groups) {
            for (UpdateHandler h : group.handlers()) {
                if (!seen.add(h)) {
                    throw new IllegalStateException(h + " is routed twice (again in group " + group.name() + ")");
                }
                if (h instanceof CallbackHandler c) {
                    String owner = codes.putIfAbsent(c.action().code(), group.name());
                    if (owner != null) {
                        throw new IllegalStateException("button code '" + c.action().code() + "' is handled twice: in group "
                                + owner + " and in group " + group.name());
                    }
                }
            }
        }
    }

    public Optional<UpdateHandler> route(Incoming in, ChatSession session) {
        for (UpdateHandler h : handlers) {
            if (h.accepts(in, session)) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    public List<UpdateHandler> handlers() {
        return handlers;
    }

    public List<RouteGroup> groups() {
        return groups;
    }
}

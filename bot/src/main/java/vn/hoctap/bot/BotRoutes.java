package vn.hoctap.bot;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoctap.bot.telegram.RouteGroup;
import vn.hoctap.bot.telegram.UpdateDispatcher;
import vn.hoctap.bot.telegram.UpdateHandler;

/**
 * The order in which the features' route groups are tried; each group orders its own handlers.
 * A scanned conference check-in first (the member stands at the point, whatever else is open),
 * the opinion-form and action-programme buttons and comments (each takes text only while its own
 * dialogue waits for it); then an open writing dialogue (it owns the member's text and commands
 * until /huy); then the
 * features whose commands, buttons and dialogues claim specific updates; search owns every plain
 * text nobody claimed, so any feature with a dialogue waiting for text must come before it; help
 * and the fallbacks (unknown command, stale button, unsupported message) last.
 * Start-up fails if a group is missing from this list or a handler bean is in no group.
 */
@Configuration(proxyBeanMethods = false)
class BotRoutes {

    static final List<String> ORDER = List.of("conference", "opinion", "programme", "reflection", "onboarding", "study", "quiz",
            "campaigns", "refresh", "search", "help");

    @Bean
    UpdateDispatcher updateDispatcher(List<RouteGroup> groups, List<UpdateHandler> handlerBeans) {
        return new UpdateDispatcher(ordered(groups, handlerBeans));
    }

    static List<RouteGroup> ordered(List<RouteGroup> groups, List<UpdateHandler> handlerBeans) {
        Map<String, RouteGroup> byName = groups.stream().collect(Collectors.toMap(RouteGroup::name, Function.identity(), (a, b) -> {
            throw new IllegalStateException("two route groups are named " + a.name());
        }));
        if (!byName.keySet().equals(Set.copyOf(ORDER))) {
            throw new IllegalStateException("route groups " + byName.keySet() + " do not match the order " + ORDER);
        }
        List<RouteGroup> inOrder = ORDER.stream().map(byName::get).toList();
        var routed = inOrder.stream().flatMap(g -> g.handlers().stream()).collect(Collectors.toSet());
        List<String> unrouted = handlerBeans.stream().filter(h -> !routed.contains(h)).map(h -> h.getClass().getName()).toList();
        if (!unrouted.isEmpty()) {
            throw new IllegalStateException("handlers in no route group: " + unrouted);
        }
        return inOrder;
    }
}

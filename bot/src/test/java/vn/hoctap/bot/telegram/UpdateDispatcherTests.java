package vn.hoctap.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The dispatcher's rules: group order, then handler order; one handler per button code. */
class UpdateDispatcherTests {

    private static final CallbackHandler.Body NOTHING = (in, data, session) -> { };

    @Test
    void refusesTwoHandlersForOneButtonCodeEvenWithDifferentArity() {
        RouteGroup first = RouteGroup.named("first").callback(new Action("qi", 1), NOTHING).build();
        RouteGroup second = RouteGroup.named("second").callback(new Action("qi", 2), NOTHING).build();

        assertThatThrownBy(() -> new UpdateDispatcher(List.of(first, second)))
                .hasMessageContaining("'qi'").hasMessageContaining("first").hasMessageContaining("second");
    }

    @Test
    void refusesAHandlerRoutedTwice() {
        CallbackHandler once = CallbackHandler.of(new Action("x", 0), NOTHING);
        RouteGroup a = RouteGroup.named("a").handle(once).build();
        RouteGroup b = RouteGroup.named("b").handle(once).build();

        assertThatThrownBy(() -> new UpdateDispatcher(List.of(a, b))).hasMessageContaining("routed twice");
    }

    @Test
    void triesGroupsInOrderThenEachGroupsHandlersInOrder() {
        CallbackHandler early = CallbackHandler.of(new Action("a", 1), NOTHING);
        CallbackHandler late = CallbackHandler.of(new Action("b", 1), NOTHING);
        UpdateHandler anyCallback = new UpdateHandler() {
            @Override
            public boolean accepts(Incoming in, vn.hoctap.bot.session.ChatSession session) {
                return in.isCallback();
            }

            @Override
            public void handle(Incoming in, vn.hoctap.bot.session.ChatSession session) {
            }
        };
        UpdateDispatcher dispatcher = new UpdateDispatcher(List.of(RouteGroup.named("buttons").handle(early, late).build(),
                RouteGroup.named("fallback").handle(anyCallback).build()));

        assertThat(dispatcher.route(callback("b:7"), null)).containsSame(late);
        assertThat(dispatcher.route(callback("a:7"), null)).containsSame(early);
        assertThat(dispatcher.route(callback("a:7:8"), null)).containsSame(anyCallback);
        assertThat(dispatcher.route(callback("nonsense!"), null)).containsSame(anyCallback);
    }

    @Test
    void anActionBuildsOnlyDataOfItsOwnArity() {
        Action open = new Action("o", 1);

        assertThat(open.data(42)).isEqualTo("o:42");
        assertThat(open.button("Mở", 42).callbackData()).isEqualTo("o:42");
        assertThatThrownBy(() -> open.data(1, 2)).hasMessageContaining("takes 1");
        assertThatThrownBy(() -> new Action("Open", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Incoming callback(String data) {
        return new Incoming(1, Incoming.Kind.CALLBACK, 5, 5, "A", null, null, null, "cb1", data, 1, null);
    }
}

package vn.hoctap.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import vn.hoctap.bot.telegram.Action;
import vn.hoctap.bot.telegram.CallbackHandler;
import vn.hoctap.bot.telegram.RouteGroup;
import vn.hoctap.bot.telegram.UpdateDispatcher;
import vn.hoctap.bot.telegram.UpdateHandler;
import vn.hoctap.bot.testing.BotIntegrationTest;

/** The app's routes: every group ordered, every handler bean routed, every declared button answered. */
class BotRoutesTests extends BotIntegrationTest {

    @Autowired
    UpdateDispatcher dispatcher;
    @Autowired
    List<UpdateHandler> handlerBeans;

    @Test
    void everyHandlerBeanIsRoutedInTheDeclaredGroupOrder() {
        assertThat(dispatcher.groups()).extracting(RouteGroup::name).containsExactlyElementsOf(BotRoutes.ORDER);
        assertThat(dispatcher.handlers()).containsAll(handlerBeans);
    }

    @Test
    void everyDeclaredButtonHasExactlyOneHandler() throws Exception {
        List<Action> declared = declaredActions();
        Set<Action> answered = dispatcher.handlers().stream().filter(CallbackHandler.class::isInstance)
                .map(h -> ((CallbackHandler) h).action()).collect(Collectors.toSet());

        assertThat(declared).hasSizeGreaterThanOrEqualTo(21);
        assertThat(answered).containsExactlyInAnyOrderElementsOf(declared);
    }

    @Test
    void startUpFailsWhenAHandlerIsInNoGroup() {
        UpdateHandler stray = CallbackHandler.of(new Action("zz", 0), (in, data, session) -> { });

        assertThatThrownBy(() -> BotRoutes.ordered(dispatcher.groups(), append(handlerBeans, stray)))
                .hasMessageContaining("handlers in no route group");
    }

    @Test
    void startUpFailsWhenAGroupIsMissingFromTheOrder() {
        List<RouteGroup> groups = append(dispatcher.groups(), RouteGroup.named("conference").handle(
                CallbackHandler.of(new Action("zz", 0), (in, data, session) -> { })).build());

        assertThatThrownBy(() -> BotRoutes.ordered(groups, handlerBeans)).hasMessageContaining("conference");
    }

    /** Every {@code public static final Action} of the bot's {@code *Actions} classes. */
    private static List<Action> declaredActions() throws Exception {
        List<Action> actions = new ArrayList<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:vn/hoctap/bot/**/*Actions.class")) {
            String path = r.getURL().getPath();
            String name = path.substring(path.indexOf("vn/hoctap/bot/"), path.length() - ".class".length()).replace('/', '.');
            for (Field f : Class.forName(name).getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == Action.class) {
                    actions.add((Action) f.get(null));
                }
            }
        }
        return actions;
    }

    private static <T> List<T> append(List<? extends T> list, T extra) {
        List<T> copy = new ArrayList<>(list);
        copy.add(extra);
        return copy;
    }
}

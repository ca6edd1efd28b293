package vn.hoctap.bot.refresh;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoctap.bot.telegram.RouteGroup;

/**
 * Spaced refresher questions answered by button ({@link RefreshActions}).
 */
@Configuration(proxyBeanMethods = false)
class RefreshRoutes {

    @Bean
    RouteGroup refreshGroup(RefresherAnswerCallback answer) {
        return RouteGroup.named("refresh")
                .handle(answer)
                .build();
    }
}

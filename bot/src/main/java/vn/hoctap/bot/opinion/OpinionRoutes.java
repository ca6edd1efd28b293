package vn.hoctap.bot.opinion;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoctap.bot.telegram.RouteGroup;

/**
 * The opinion form dialogue: answers by button ({@link OpinionActions}), then the free comment,
 * which owns the member's text only while the form waits for it (so this group comes before search).
 */
@Configuration(proxyBeanMethods = false)
class OpinionRoutes {

    @Bean
    RouteGroup opinionGroup(OpinionAnswerCallback answer, OpinionSkipCallback skip, OpinionCommentInput comment) {
        return RouteGroup.named("opinion").handle(answer, skip, comment).build();
    }
}

package vn.hoctap.bot.programme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoctap.bot.telegram.RouteGroup;
import vn.hoctap.bot.telegram.Action;

/**
 * Action programmes in the chat: {@code /chuongtrinh} to read, {@code /gopy} for the secretary,
 * the read and comment buttons ({@link ProgrammeActions}), and the comment, which owns the member's
 * text only while it is awaited (so this group comes before search).
 */
@Configuration(proxyBeanMethods = false)
class ProgrammeRoutes {

    @Bean
    RouteGroup programmeGroup(ProgrammeCommand read, ProgrammeCommentsCommand comments, ProgrammeCallbacks buttons,
            ProgrammeCommentInput comment) {
        return RouteGroup.named("programme")
                .handle(read, comments)
                .callback(ProgrammeActions.READ, buttons::answer)
                .callback(ProgrammeActions.COMMENT, buttons::answer)
                .handle(comment)
                .build();
    }
}

package vn.hoctap.bot.programme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoctap.bot.dialogue.CommentInput;
import vn.hoctap.bot.telegram.RouteGroup;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.programme.ActionProgrammes;
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
            ActionProgrammes programmes, MemberRepository members, TelegramGateway telegram, Texts texts) {
        CommentInput comment = new CommentInput(new CommentInput.Keys(ProgrammeCallbacks.AWAITING_COMMENT, ProgrammeCallbacks.PROGRAMME,
                "programme.stale", "programme.commentSaved"), programmes::comment, members, telegram, texts);
        return RouteGroup.named("programme")
                .handle(read, comments)
                .callback(ProgrammeActions.READ, buttons::answer)
                .callback(ProgrammeActions.COMMENT, buttons::answer)
                .handle(comment)
                .build();
    }
}

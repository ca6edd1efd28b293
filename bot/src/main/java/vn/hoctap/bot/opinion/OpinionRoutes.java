package vn.hoctap.bot.opinion;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoctap.bot.dialogue.CommentInput;
import vn.hoctap.bot.telegram.RouteGroup;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.opinion.OpinionForms;

/**
 * The opinion form dialogue: answers by button ({@link OpinionActions}), then the free comment,
 * which owns the member's text only while the form waits for it (so this group comes before search).
 */
@Configuration(proxyBeanMethods = false)
class OpinionRoutes {

    @Bean
    RouteGroup opinionGroup(OpinionAnswerCallback answer, OpinionSkipCallback skip, OpinionForms forms, MemberRepository members,
            TelegramGateway telegram, Texts texts) {
        CommentInput comment = new CommentInput(new CommentInput.Keys(OpinionAnswerCallback.AWAITING_COMMENT, OpinionAnswerCallback.FORM,
                "opinion.stale", "opinion.thanks"), (form, member, text) -> {
                    if (!forms.sentTo(form, member)) {
                        return false;
                    }
                    forms.comment(form, member, text);
                    return true;
                }, members, telegram, texts);
        return RouteGroup.named("opinion").handle(answer, skip, comment).build();
    }
}

package vn.hoctap.bot.opinion;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.bot.telegram.UpdateHandler;
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.opinion.OpinionForms;

/** The free comment after the last question of an opinion form: the next text the member sends (at most 2,000 characters). */
@Component
class OpinionCommentInput implements UpdateHandler {

    private static final int MAX_CHARS = 2_000;

    private final OpinionForms forms;
    private final MemberRepository members;
    private final TelegramGateway telegram;
    private final Texts texts;

    OpinionCommentInput(OpinionForms forms, MemberRepository members, TelegramGateway telegram, Texts texts) {
        this.forms = forms;
        this.members = members;
        this.telegram = telegram;
        this.texts = texts;
    }

    @Override
    public boolean accepts(Incoming in, ChatSession session) {
        return session.isIn(OpinionAnswerCallback.AWAITING_COMMENT) && in.kind() == Incoming.Kind.TEXT;
    }

    @Override
    public void handle(Incoming in, ChatSession session) {
        String comment = in.text() == null ? "" : in.text().strip();
        if (comment.length() > MAX_CHARS) {
            telegram.send(in.chatId(), texts.get("opinion.tooLong", MAX_CHARS));
            return;
        }
        long form = Long.parseLong(session.get(OpinionAnswerCallback.FORM).orElse("0"));
        var member = members.findByTelegramUserId(in.userId());
        session.reset();
        if (member.isEmpty() || comment.isEmpty() || !forms.sentTo(form, member.get().id())) {
            telegram.send(in.chatId(), texts.get("opinion.stale"));
            return;
        }
        forms.comment(form, member.get().id(), comment);
        telegram.send(in.chatId(), texts.get("opinion.thanks"));
    }
}

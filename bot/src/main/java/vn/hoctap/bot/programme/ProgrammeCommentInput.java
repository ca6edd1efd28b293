package vn.hoctap.bot.programme;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.bot.telegram.UpdateHandler;
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.programme.ActionProgrammes;

/** A member's comment on a draft action programme: the text sent after "💬 Góp ý" (at most 2,000 characters). */
@Component
class ProgrammeCommentInput implements UpdateHandler {

    private static final int MAX_CHARS = 2_000;

    private final ActionProgrammes programmes;
    private final MemberRepository members;
    private final TelegramGateway telegram;
    private final Texts texts;

    ProgrammeCommentInput(ActionProgrammes programmes, MemberRepository members, TelegramGateway telegram, Texts texts) {
        this.programmes = programmes;
        this.members = members;
        this.telegram = telegram;
        this.texts = texts;
    }

    @Override
    public boolean accepts(Incoming in, ChatSession session) {
        return session.isIn(ProgrammeCallbacks.AWAITING_COMMENT) && in.kind() == Incoming.Kind.TEXT;
    }

    @Override
    public void handle(Incoming in, ChatSession session) {
        String comment = in.text() == null ? "" : in.text().strip();
        if (comment.length() > MAX_CHARS) {
            telegram.send(in.chatId(), texts.get("opinion.tooLong", MAX_CHARS));
            return;
        }
        long programme = Long.parseLong(session.get(ProgrammeCallbacks.PROGRAMME).orElse("0"));
        session.reset();
        var member = members.findByTelegramUserId(in.userId());
        if (member.isEmpty() || comment.isEmpty() || !programmes.comment(programme, member.get().id(), comment)) {
            telegram.send(in.chatId(), texts.get("programme.stale"));
            return;
        }
        telegram.send(in.chatId(), texts.get("programme.commentSaved"));
    }
}

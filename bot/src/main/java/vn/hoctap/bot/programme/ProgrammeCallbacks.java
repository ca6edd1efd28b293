package vn.hoctap.bot.programme;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.Button;
import vn.hoctap.bot.telegram.CallbackData;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.Keyboard;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.programme.ActionProgrammes;

/**
 * {@code apr:id} shows an action programme (only to members who may read it) with "💬 Góp ý";
 * {@code apc:id} opens the comment dialogue: the member's next text is the comment.
 */
@Component
class ProgrammeCallbacks {

    static final String AWAITING_COMMENT = "programme-comment";
    static final String PROGRAMME = "programme";

    private final ActionProgrammes programmes;
    private final MemberRepository members;
    private final TelegramGateway telegram;
    private final Texts texts;

    ProgrammeCallbacks(ActionProgrammes programmes, MemberRepository members, TelegramGateway telegram, Texts texts) {
        this.programmes = programmes;
        this.members = members;
        this.telegram = telegram;
        this.texts = texts;
    }

    /** The body of both buttons ({@link ProgrammeActions#READ}, {@link ProgrammeActions#COMMENT}). */
    void answer(Incoming in, CallbackData data, ChatSession session) {
        var member = members.findByTelegramUserId(in.userId());
        var programme = member.flatMap(m -> programmes.readableBy(m.id()).stream().filter(p -> p.id() == data.arg(0)).findFirst());
        if (programme.isEmpty()) {
            telegram.answerCallback(in.callbackId(), texts.get("programme.stale"), true);
            return;
        }
        var p = programme.get();
        telegram.answerCallback(in.callbackId(), null, false);
        if (ProgrammeActions.READ.matches(data)) {
            String status = texts.get("programme.status." + p.status().name());
            telegram.send(in.chatId(), texts.get("programme.show", p.title(), p.unitName(), p.campaignName(), status, p.version(), p.body()),
                    Keyboard.of(new Button(texts.get("programme.commentButton"), ProgrammeActions.COMMENT.data(p.id()))));
            return;
        }
        session.enter(AWAITING_COMMENT);
        session.put(PROGRAMME, Long.toString(p.id()));
        telegram.send(in.chatId(), texts.get("programme.askComment", p.title()));
    }
}

package vn.hoctap.bot.conference;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.Button;
import vn.hoctap.bot.telegram.CallbackData;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.Keyboard;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.bot.telegram.UpdateHandler;
import vn.hoctap.scheduler.conference.Conference;
import vn.hoctap.scheduler.conference.ConferenceRepository;
import vn.hoctap.scheduler.conference.Rsvps;
import vn.hoctap.scheduler.member.Member;
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.member.MemberStatus;

/**
 * The convocation's buttons: "Tham dự" ({@code cfy:conf}), "Vắng" ({@code cfn:conf}, which asks the
 * reason) and the reason ({@code cfr:conf:reason}). The answer is stored before it is acknowledged,
 * and the last answer counts.
 */
@Component
public class RsvpCallbacks implements UpdateHandler {

    static final String ATTEND = "cfy";
    static final String ABSENT = "cfn";
    static final String REASON = "cfr";

    private final Rsvps rsvps;
    private final ConferenceRepository conferences;
    private final MemberRepository members;
    private final TelegramGateway telegram;
    private final Texts texts;

    RsvpCallbacks(Rsvps rsvps, ConferenceRepository conferences, MemberRepository members, TelegramGateway telegram, Texts texts) {
        this.rsvps = rsvps;
        this.conferences = conferences;
        this.members = members;
        this.telegram = telegram;
        this.texts = texts;
    }

    @Override
    public boolean accepts(Incoming in, ChatSession session) {
        return in.isCallback() && CallbackData.parse(in.callbackData()).filter(d -> (d.action().equals(ATTEND) && d.args().size() == 1)
                || (d.action().equals(ABSENT) && d.args().size() == 1)
                || (d.action().equals(REASON) && d.args().size() == 2 && d.arg(1) < Rsvps.Reason.values().length)).isPresent();
    }

    @Override
    public void handle(Incoming in, ChatSession session) {
        CallbackData data = CallbackData.parse(in.callbackData()).orElseThrow();
        Optional<Member> member = members.findByTelegramUserId(in.userId()).filter(m -> m.status() != MemberStatus.LEFT);
        if (member.isEmpty()) {
            telegram.answerCallback(in.callbackId(), texts.get("study.notLinked"), true);
            return;
        }
        long conferenceId = data.arg(0);
        if (conferences.findById(conferenceId).filter(c -> c.status() == Conference.Status.PLANNED).isEmpty()) {
            telegram.answerCallback(in.callbackId(), texts.get("conf.rsvp.closed"), true);
            return;
        }
        switch (data.action()) {
            case ATTEND -> reply(in, rsvps.attend(conferenceId, member.get().id()), texts.get("conf.rsvp.attend"));
            case ABSENT -> askReason(in, conferenceId);
            default -> {
                Rsvps.Reason reason = Rsvps.Reason.values()[(int) data.arg(1)];
                reply(in, rsvps.absent(conferenceId, member.get().id(), reason),
                        texts.get("conf.rsvp.absent", texts.get("conf.reason." + reason.name())));
            }
        }
    }

    private void askReason(Incoming in, long conferenceId) {
        Button[] buttons = new Button[Rsvps.Reason.values().length];
        for (Rsvps.Reason r : Rsvps.Reason.values()) {
            buttons[r.ordinal()] = new Button(texts.get("conf.reason." + r.name()), CallbackData.of(REASON, conferenceId, r.ordinal()));
        }
        telegram.answerCallback(in.callbackId(), null, false);
        telegram.send(in.chatId(), texts.get("conf.rsvp.askReason"), Keyboard.of(buttons));
    }

    private void reply(Incoming in, boolean stored, String text) {
        telegram.answerCallback(in.callbackId(), null, false);
        telegram.send(in.chatId(), stored ? text : texts.get("conf.rsvp.notConvened"));
    }
}

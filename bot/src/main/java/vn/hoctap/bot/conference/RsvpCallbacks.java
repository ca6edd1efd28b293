package vn.hoctap.bot.conference;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.study.LinkedMember;
import vn.hoctap.bot.telegram.Button;
import vn.hoctap.bot.telegram.CallbackData;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.Keyboard;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.scheduler.conference.Conference;
import vn.hoctap.scheduler.conference.ConferenceRepository;
import vn.hoctap.scheduler.conference.Rsvps;
import vn.hoctap.scheduler.member.Member;

/**
 * The convocation's buttons: "Tham dự" ({@code cfy:conf}), "Vắng" ({@code cfn:conf}, which asks the
 * reason) and the reason ({@code cfr:conf:reason}). The answer is stored before it is acknowledged,
 * and the last answer counts.
 */
@Component
class RsvpCallbacks {


    private final Rsvps rsvps;
    private final ConferenceRepository conferences;
    private final LinkedMember linked;
    private final TelegramGateway telegram;
    private final Texts texts;

    RsvpCallbacks(Rsvps rsvps, ConferenceRepository conferences, LinkedMember linked, TelegramGateway telegram, Texts texts) {
        this.rsvps = rsvps;
        this.conferences = conferences;
        this.linked = linked;
        this.telegram = telegram;
        this.texts = texts;
    }

    /** The body of all three buttons ({@link ConferenceActions#ATTEND}, {@code ABSENT}, {@code REASON}). */
    void answer(Incoming in, CallbackData data, ChatSession session) {
        if (ConferenceActions.REASON.matches(data) && data.arg(1) >= Rsvps.Reason.values().length) {
            telegram.answerCallback(in.callbackId(), texts.get("study.stale"), true);
            return;
        }
        Optional<Member> member = linked.require(in);
        if (member.isEmpty()) {
            return;
        }
        long conferenceId = data.arg(0);
        if (conferences.findById(conferenceId).filter(c -> c.status() == Conference.Status.PLANNED).isEmpty()) {
            telegram.answerCallback(in.callbackId(), texts.get("conf.rsvp.closed"), true);
            return;
        }
        if (ConferenceActions.ATTEND.matches(data)) {
            reply(in, rsvps.attend(conferenceId, member.get().id()), texts.get("conf.rsvp.attend"));
        } else if (ConferenceActions.ABSENT.matches(data)) {
            askReason(in, conferenceId);
        } else {
            Rsvps.Reason reason = Rsvps.Reason.values()[(int) data.arg(1)];
            reply(in, rsvps.absent(conferenceId, member.get().id(), reason),
                    texts.get("conf.rsvp.absent", texts.get("conf.reason." + reason.name())));
        }
    }

    private void askReason(Incoming in, long conferenceId) {
        Button[] buttons = new Button[Rsvps.Reason.values().length];
        for (Rsvps.Reason r : Rsvps.Reason.values()) {
            buttons[r.ordinal()] = new Button(texts.get("conf.reason." + r.name()), ConferenceActions.REASON.data(conferenceId, r.ordinal()));
        }
        telegram.answerCallback(in.callbackId(), null, false);
        telegram.send(in.chatId(), texts.get("conf.rsvp.askReason"), Keyboard.of(buttons));
    }

    private void reply(Incoming in, boolean stored, String text) {
        telegram.answerCallback(in.callbackId(), null, false);
        telegram.send(in.chatId(), stored ? text : texts.get("conf.rsvp.notConvened"));
    }
}

package vn.hoctap.bot.conference;

import java.time.Clock;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.bot.telegram.UpdateHandler;
import vn.hoctap.scheduler.conference.CheckInCodes;
import vn.hoctap.scheduler.conference.CheckIns;
import vn.hoctap.scheduler.conference.Conference;
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.member.MemberStatus;

/**
 * {@code /start ci…}: the member scanned a point's check-in QR code (a t.me deep link). Must be
 * routed before {@code StartCommand}, which would read the payload as an invitation code.
 */
@Component
class CheckInStart implements UpdateHandler {

    private final CheckIns checkIns;
    private final MemberRepository members;
    private final TelegramGateway telegram;
    private final Texts texts;
    private final Clock clock;

    CheckInStart(CheckIns checkIns, MemberRepository members, TelegramGateway telegram, Texts texts, Clock clock) {
        this.checkIns = checkIns;
        this.members = members;
        this.telegram = telegram;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public boolean accepts(Incoming in, ChatSession session) {
        return in.isCommand("start") && CheckInCodes.looksLikeCode(in.argument());
    }

    @Override
    public void handle(Incoming in, ChatSession session) {
        var member = members.findByTelegramUserId(in.userId()).filter(m -> m.status() != MemberStatus.LEFT);
        if (member.isEmpty()) {
            telegram.send(in.chatId(), texts.get("conf.scan.notLinked"));
            return;
        }
        CheckIns.ScanResult r = checkIns.scan(member.get().id(), in.argument().strip());
        telegram.send(in.chatId(), switch (r.kind()) {
            case CHECKED_IN -> texts.get("conf.scan.checkedIn", r.point().label(), texts.dateTime(clock.instant()));
            case ALREADY_CHECKED_IN -> texts.get("conf.scan.already");
            case WALK_IN -> texts.get("conf.scan.walkIn", r.point().label());
            case EXPIRED -> texts.get("conf.scan.expired");
            case INVALID -> texts.get("conf.scan.invalid");
            case NOT_OPEN -> texts.get("conf.scan.notOpen", texts.dateTime(r.conference().startsAt().minus(Conference.CHECK_IN_OPENS_BEFORE)),
                    texts.dateTime(r.conference().endsAt()));
            case CLOSED -> texts.get(r.conference().status() == Conference.Status.CANCELLED ? "conf.scan.cancelled" : "conf.scan.ended",
                    r.conference().name());
            case OTHER_POINT -> texts.get("conf.scan.otherPoint", r.point().label(), r.ownPoint().label());
        });
    }
}

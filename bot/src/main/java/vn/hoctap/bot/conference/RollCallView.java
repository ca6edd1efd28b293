package vn.hoctap.bot.conference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.telegram.Button;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.Keyboard;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.scheduler.conference.RollCalls;
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.unit.UnitRoles;

/** The secretary's roll-call sheet: the unit's convened members not yet present, one button each (at most 30). */
@Component
class RollCallView {

    static final String TICK = "cfp";
    private static final int BUTTONS = 30;

    private final RollCalls rollCalls;
    private final UnitRoles roles;
    private final MemberRepository members;
    private final TelegramGateway telegram;
    private final Texts texts;

    RollCallView(RollCalls rollCalls, UnitRoles roles, MemberRepository members, TelegramGateway telegram, Texts texts) {
        this.rollCalls = rollCalls;
        this.roles = roles;
        this.members = members;
        this.telegram = telegram;
        this.texts = texts;
    }

    /** The unit the sender leads, or a reply saying only secretaries can call the roll. */
    Optional<Long> ledUnit(Incoming in) {
        return ledUnit(in, "conf.roll.notSecretary");
    }

    /** The unit the sender leads, or the reply {@code refusalKey} saying what only secretaries can do. */
    Optional<Long> ledUnit(Incoming in, String refusalKey) {
        Optional<Long> unit = members.findByTelegramUserId(in.userId()).flatMap(m -> roles.unitLedBy(m.id()));
        if (unit.isEmpty()) {
            if (in.isCallback()) {
                telegram.answerCallback(in.callbackId(), texts.get(refusalKey), true);
            } else {
                telegram.send(in.chatId(), texts.get(refusalKey));
            }
        }
        return unit;
    }

    record Screen(String text, Keyboard keyboard) {
    }

    Optional<Screen> render(long unitId) {
        return rollCalls.running(unitId).map(c -> {
            RollCalls.Sheet sheet = rollCalls.sheet(c, unitId, BUTTONS + 1);
            StringBuilder text = new StringBuilder(texts.get("conf.roll.title", c.name(), sheet.unitName(),
                    VietnameseNumbers.count(sheet.present()), VietnameseNumbers.count(sheet.convened())));
            List<List<Button>> rows = new ArrayList<>();
            for (RollCalls.Absentee a : sheet.absent().stream().limit(BUTTONS).toList()) {
                rows.add(List.of(new Button("☐ " + a.fullName(), ConferenceActions.TICK.data(c.id(), a.memberId()))));
            }
            for (RollCalls.Absentee a : sheet.lastTicked()) {
                rows.add(List.of(new Button(texts.get("conf.roll.undo", a.fullName()), ConferenceActions.UNTICK.data(c.id(), a.memberId()))));
            }
            long missing = sheet.convened() - sheet.present();
            if (missing == 0) {
                text.append("\n").append(texts.get("conf.roll.allPresent"));
            } else if (missing > BUTTONS) {
                text.append("\n").append(texts.get("conf.roll.more", VietnameseNumbers.count(missing - BUTTONS)));
            }
            return new Screen(text.toString(), new Keyboard(rows));
        });
    }
}

package vn.hoctap.bot.conference;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.Action;
import vn.hoctap.bot.telegram.CallbackData;
import vn.hoctap.bot.telegram.CallbackHandler;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.scheduler.conference.RollCalls;
import vn.hoctap.scheduler.member.MemberRepository;

/**
 * A name tapped on the roll-call sheet ({@code cfp:conf:member}) ticks the member present; "↩ Bỏ điểm
 * danh …" ({@code cfu:conf:member}, routed to {@link #untick}) takes back a hand tick made by
 * mistake (a scan is never undone here). Either way the sheet is refreshed.
 */
@Component
class RollCallCallback implements CallbackHandler {

    private final RollCallView view;
    private final RollCalls rollCalls;
    private final MemberRepository members;
    private final TelegramGateway telegram;
    private final Texts texts;

    RollCallCallback(RollCallView view, RollCalls rollCalls, MemberRepository members, TelegramGateway telegram, Texts texts) {
        this.view = view;
        this.rollCalls = rollCalls;
        this.members = members;
        this.telegram = telegram;
        this.texts = texts;
    }

    @Override
    public Action action() {
        return ConferenceActions.TICK;
    }

    @Override
    public void handle(Incoming in, CallbackData data, ChatSession session) {
        var unit = view.ledUnit(in);
        if (unit.isEmpty()) {
            return;
        }
        RollCalls.Tick tick = rollCalls.tick(data.arg(0), unit.get(), data.arg(1));
        String name = nameOf(data.arg(1));
        answer(in, unit.get(), switch (tick) {
            case TICKED -> texts.get("conf.roll.ticked", name);
            case ALREADY -> texts.get("conf.roll.alreadyTicked", name);
            case OUTSIDE -> texts.get("conf.roll.outside");
        }, tick == RollCalls.Tick.OUTSIDE, tick != RollCalls.Tick.OUTSIDE);
    }

    /** {@code cfu:conf:member}: takes back a hand tick, on the same terms as ticking. */
    void untick(Incoming in, CallbackData data, ChatSession session) {
        var unit = view.ledUnit(in);
        if (unit.isEmpty()) {
            return;
        }
        RollCalls.Untick undo = rollCalls.untick(data.arg(0), unit.get(), data.arg(1));
        String name = nameOf(data.arg(1));
        answer(in, unit.get(), switch (undo) {
            case UNTICKED -> texts.get("conf.roll.unticked", name);
            case NOT_TICKED_BY_HAND -> texts.get("conf.roll.notTickedByHand", name);
            case OUTSIDE -> texts.get("conf.roll.outside");
        }, undo != RollCalls.Untick.UNTICKED, undo != RollCalls.Untick.OUTSIDE);
    }

    private String nameOf(long memberId) {
        return members.findById(memberId).map(m -> m.fullName()).orElse("");
    }

    /** The toast (an alert when {@code alert}), then the sheet redrawn in place when something may have changed. */
    private void answer(Incoming in, long unitId, String toast, boolean alert, boolean refresh) {
        telegram.answerCallback(in.callbackId(), toast, alert);
        if (refresh && in.messageId() != null) {
            view.render(unitId).ifPresent(s -> telegram.edit(in.chatId(), in.messageId(), s.text(), s.keyboard()));
        }
    }
}

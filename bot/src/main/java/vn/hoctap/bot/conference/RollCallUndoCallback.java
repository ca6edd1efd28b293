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
 * "↩ Bỏ điểm danh …" under the roll-call sheet ({@code cfu:conf:member}): takes back a tick made by
 * mistake, on the same terms as ticking, and refreshes the sheet. A scan is never undone here.
 */
@Component
class RollCallUndoCallback implements CallbackHandler {

    private final RollCallView view;
    private final RollCalls rollCalls;
    private final MemberRepository members;
    private final TelegramGateway telegram;
    private final Texts texts;

    RollCallUndoCallback(RollCallView view, RollCalls rollCalls, MemberRepository members, TelegramGateway telegram, Texts texts) {
        this.view = view;
        this.rollCalls = rollCalls;
        this.members = members;
        this.telegram = telegram;
        this.texts = texts;
    }

    @Override
    public Action action() {
        return ConferenceActions.UNTICK;
    }

    @Override
    public void handle(Incoming in, CallbackData data, ChatSession session) {
        var unit = view.ledUnit(in);
        if (unit.isEmpty()) {
            return;
        }
        RollCalls.Untick undo = rollCalls.untick(data.arg(0), unit.get(), data.arg(1));
        String name = members.findById(data.arg(1)).map(m -> m.fullName()).orElse("");
        telegram.answerCallback(in.callbackId(), switch (undo) {
            case UNTICKED -> texts.get("conf.roll.unticked", name);
            case NOT_TICKED_BY_HAND -> texts.get("conf.roll.notTickedByHand", name);
            case OUTSIDE -> texts.get("conf.roll.outside");
        }, undo != RollCalls.Untick.UNTICKED);
        if (undo != RollCalls.Untick.OUTSIDE && in.messageId() != null) {
            view.render(unit.get()).ifPresent(s -> telegram.edit(in.chatId(), in.messageId(), s.text(), s.keyboard()));
        }
    }
}

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

/** A name tapped on the roll-call sheet ({@code cfp:conf:member}): ticks the member present and refreshes the sheet. */
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
        String name = members.findById(data.arg(1)).map(m -> m.fullName()).orElse("");
        telegram.answerCallback(in.callbackId(), switch (tick) {
            case TICKED -> texts.get("conf.roll.ticked", name);
            case ALREADY -> texts.get("conf.roll.alreadyTicked", name);
            case OUTSIDE -> texts.get("conf.roll.outside");
        }, tick == RollCalls.Tick.OUTSIDE);
        if (tick != RollCalls.Tick.OUTSIDE && in.messageId() != null) {
            view.render(unit.get()).ifPresent(s -> telegram.edit(in.chatId(), in.messageId(), s.text(), s.keyboard()));
        }
    }
}

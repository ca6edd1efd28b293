package vn.hoctap.bot.reflection;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.study.AssignedOnly;
import vn.hoctap.bot.telegram.CallbackData;
import vn.hoctap.bot.telegram.CallbackHandler;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;

/**
 * What every reflection button ({@code r}, {@code rv}, {@code rs}, {@code rw} with the assignment id)
 * does first: find the pressing member's assignment, or refuse a stale or foreign button
 * (the same check as every study button, {@link AssignedOnly}).
 */
abstract class ReflectionButton implements CallbackHandler {

    protected final ReflectionFlow flow;
    private final AssignedOnly assigned;
    private final TelegramGateway telegram;

    ReflectionButton(ReflectionFlow flow, AssignedOnly assigned, TelegramGateway telegram) {
        this.flow = flow;
        this.assigned = assigned;
        this.telegram = telegram;
    }

    @Override
    public int arity() {
        return 1;
    }

    @Override
    public void handle(Incoming in, CallbackData data, ChatSession session) {
        assigned.resolve(in, data.arg(0)).ifPresent(t -> {
            telegram.answerCallback(in.callbackId(), null, false);
            act(in, new ReflectionFlow.Target(t.memberId(), t.assignment()), session);
        });
    }

    abstract void act(Incoming in, ReflectionFlow.Target target, ChatSession session);
}

package vn.hoctap.bot.reflection;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.CallbackData;
import vn.hoctap.bot.telegram.CallbackHandler;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;

/**
 * What every reflection button ({@code r}, {@code rv}, {@code rs}, {@code rw} with the assignment id)
 * does first: find the pressing member's assignment, or refuse a stale or foreign button.
 */
abstract class ReflectionButton implements CallbackHandler {

    protected final ReflectionFlow flow;
    private final TelegramGateway telegram;
    private final Texts texts;

    ReflectionButton(ReflectionFlow flow, TelegramGateway telegram, Texts texts) {
        this.flow = flow;
        this.telegram = telegram;
        this.texts = texts;
    }

    @Override
    public int arity() {
        return 1;
    }

    @Override
    public void handle(Incoming in, CallbackData data, ChatSession session) {
        var target = flow.target(in.userId(), data.arg(0));
        if (target.isEmpty()) {
            telegram.answerCallback(in.callbackId(), texts.get("study.stale"), true);
            return;
        }
        telegram.answerCallback(in.callbackId(), null, false);
        act(in, target.get(), session);
    }

    abstract void act(Incoming in, ReflectionFlow.Target target, ChatSession session);
}

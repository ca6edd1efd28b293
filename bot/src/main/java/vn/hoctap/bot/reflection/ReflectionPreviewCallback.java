package vn.hoctap.bot.reflection;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.CallbackData;
import vn.hoctap.bot.telegram.CallbackHandler;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;

/** Preview of the draft before submitting. */
@Component
public class ReflectionPreviewCallback implements CallbackHandler {

    private final ReflectionFlow flow;
    private final TelegramGateway telegram;
    private final Texts texts;

    ReflectionPreviewCallback(ReflectionFlow flow, TelegramGateway telegram, Texts texts) {
        this.flow = flow;
        this.telegram = telegram;
        this.texts = texts;
    }

    @Override
    public String action() {
        return "rv";
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
        flow.preview(in.chatId(), target.get());
    }
}

package vn.hoctap.bot.reflection;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;

/** Submits the current part (the reflection, then the action plan). */
@Component
public class ReflectionSubmitCallback extends ReflectionButton {

    ReflectionSubmitCallback(ReflectionFlow flow, TelegramGateway telegram, Texts texts) {
        super(flow, telegram, texts);
    }

    @Override
    public String action() {
        return "rs";
    }

    @Override
    void act(Incoming in, ReflectionFlow.Target target, ChatSession session) {
        flow.submit(in.chatId(), target, session);
    }
}

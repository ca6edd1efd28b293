package vn.hoctap.bot.reflection;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.study.AssignedOnly;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;

/** Submits the current part (the reflection, then the action plan). */
@Component
public class ReflectionSubmitCallback extends ReflectionButton {

    ReflectionSubmitCallback(ReflectionFlow flow, AssignedOnly assigned, TelegramGateway telegram) {
        super(flow, assigned, telegram);
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

package vn.hoctap.bot.reflection;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.study.AssignedOnly;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;

/** «✍️ Bài thu hoạch» ({@code r:A}): starts or continues writing; the dialogue is in {@link ReflectionFlow}. */
@Component
public class ReflectionCallback extends ReflectionButton {

    ReflectionCallback(ReflectionFlow flow, AssignedOnly assigned, TelegramGateway telegram) {
        super(flow, assigned, telegram);
    }

    @Override
    public String action() {
        return "r";
    }

    @Override
    void act(Incoming in, ReflectionFlow.Target target, ChatSession session) {
        flow.begin(in.chatId(), target, session);
    }
}

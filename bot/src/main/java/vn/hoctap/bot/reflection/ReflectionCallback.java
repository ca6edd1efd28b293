package vn.hoctap.bot.reflection;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;

/** «✍️ Bài thu hoạch» ({@code r:A}): starts or continues writing; the dialogue is in {@link ReflectionFlow}. */
@Component
public class ReflectionCallback extends ReflectionButton {

    ReflectionCallback(ReflectionFlow flow, TelegramGateway telegram, Texts texts) {
        super(flow, telegram, texts);
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

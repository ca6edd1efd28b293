package vn.hoctap.bot.reflection;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.study.AssignedOnly;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;

/** Preview of the draft, with its word count, before submitting. */
@Component
public class ReflectionPreviewCallback extends ReflectionButton {

    ReflectionPreviewCallback(ReflectionFlow flow, AssignedOnly assigned, TelegramGateway telegram) {
        super(flow, assigned, telegram);
    }

    @Override
    public String action() {
        return "rv";
    }

    @Override
    void act(Incoming in, ReflectionFlow.Target target, ChatSession session) {
        flow.preview(in.chatId(), target);
    }
}

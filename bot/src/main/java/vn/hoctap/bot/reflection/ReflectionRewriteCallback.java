package vn.hoctap.bot.reflection;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.study.AssignedOnly;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;

/** Starts the draft of the current part over; whatever was submitted stays. */
@Component
public class ReflectionRewriteCallback extends ReflectionButton {

    ReflectionRewriteCallback(ReflectionFlow flow, AssignedOnly assigned, TelegramGateway telegram) {
        super(flow, assigned, telegram);
    }

    @Override
    public String action() {
        return "rw";
    }

    @Override
    void act(Incoming in, ReflectionFlow.Target target, ChatSession session) {
        flow.rewrite(in.chatId(), target);
    }
}

package vn.hoctap.bot.reflection;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.bot.telegram.UpdateHandler;

/**
 * Everything typed while a reflection is being written: text joins the draft; stickers, photos and
 * voice get a clear prompt; {@code /huy} stops (keeping the draft and anything submitted); other
 * commands are reminded of the dialogue rather than silently run.
 */
@Component
class ReflectionInput implements UpdateHandler {

    private final ReflectionFlow flow;
    private final TelegramGateway telegram;
    private final Texts texts;

    ReflectionInput(ReflectionFlow flow, TelegramGateway telegram, Texts texts) {
        this.flow = flow;
        this.telegram = telegram;
        this.texts = texts;
    }

    @Override
    public boolean accepts(Incoming in, ChatSession session) {
        return session.isIn(ReflectionFlow.STATE) && (in.kind() == Incoming.Kind.TEXT || in.kind() == Incoming.Kind.COMMAND
                || in.kind() == Incoming.Kind.OTHER_MESSAGE);
    }

    @Override
    public void handle(Incoming in, ChatSession session) {
        if (in.isCommand("huy")) {
            session.reset();
            telegram.send(in.chatId(), texts.get("reflection.cancelled"));
            return;
        }
        if (in.kind() == Incoming.Kind.COMMAND) {
            telegram.send(in.chatId(), texts.get("reflection.busy"));
            return;
        }
        if (in.kind() == Incoming.Kind.OTHER_MESSAGE) {
            telegram.send(in.chatId(), texts.get("reflection.textOnly"));
            return;
        }
        long assignment = Long.parseLong(session.get(ReflectionFlow.ASSIGNMENT).orElse("0"));
        var target = flow.target(in.userId(), assignment);
        if (target.isEmpty()) {
            session.reset();
            telegram.send(in.chatId(), texts.get("study.stale"));
            return;
        }
        flow.append(in.chatId(), target.get(), in.text());
    }
}

package vn.hoctap.bot.help;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.bot.telegram.UpdateHandler;

/** Any command no other handler took: names it and lists the real ones. */
@Component
class UnknownCommand implements UpdateHandler {

    private static final int MAX_ECHO = 32;

    private final TelegramGateway telegram;
    private final Texts texts;

    UnknownCommand(TelegramGateway telegram, Texts texts) {
        this.telegram = telegram;
        this.texts = texts;
    }

    @Override
    public boolean accepts(Incoming in, ChatSession session) {
        return in.kind() == Incoming.Kind.COMMAND;
    }

    @Override
    public void handle(Incoming in, ChatSession session) {
        String name = in.command().length() > MAX_ECHO ? in.command().substring(0, MAX_ECHO) + "…" : in.command();
        telegram.send(in.chatId(), texts.get("unknown.command", name));
    }
}

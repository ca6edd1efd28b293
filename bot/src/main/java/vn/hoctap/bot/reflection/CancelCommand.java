package vn.hoctap.bot.reflection;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.CommandHandler;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;

/** {@code /huy} outside any dialogue (inside one, {@link ReflectionInput} handles it). */
@Component
class CancelCommand implements CommandHandler {

    private final TelegramGateway telegram;
    private final Texts texts;

    CancelCommand(TelegramGateway telegram, Texts texts) {
        this.telegram = telegram;
        this.texts = texts;
    }

    @Override
    public String command() {
        return "huy";
    }

    @Override
    public void handle(Incoming in, ChatSession session) {
        session.reset();
        telegram.send(in.chatId(), texts.get("cancel.nothing"));
    }
}

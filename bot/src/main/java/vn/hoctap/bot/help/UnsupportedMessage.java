package vn.hoctap.bot.help;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.bot.telegram.UpdateHandler;

/** Stickers, photos, voice, files: says what the bot can read instead. */
@Component
class UnsupportedMessage implements UpdateHandler {

    private final TelegramGateway telegram;
    private final Texts texts;

    UnsupportedMessage(TelegramGateway telegram, Texts texts) {
        this.telegram = telegram;
        this.texts = texts;
    }

    @Override
    public boolean accepts(Incoming in, ChatSession session) {
        return in.kind() == Incoming.Kind.OTHER_MESSAGE;
    }

    @Override
    public void handle(Incoming in, ChatSession session) {
        telegram.send(in.chatId(), texts.get("unsupported.message"));
    }
}

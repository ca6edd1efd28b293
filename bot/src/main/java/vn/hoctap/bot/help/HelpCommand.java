package vn.hoctap.bot.help;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.CommandHandler;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;

/** {@code /help}: what the bot does and how to get an invitation. */
@Component
class HelpCommand implements CommandHandler {

    private final TelegramGateway telegram;
    private final Texts texts;

    HelpCommand(TelegramGateway telegram, Texts texts) {
        this.telegram = telegram;
        this.texts = texts;
    }

    @Override
    public String command() {
        return "help";
    }

    @Override
    public void handle(Incoming in, ChatSession session) {
        telegram.send(in.chatId(), texts.get("help.text"));
    }
}

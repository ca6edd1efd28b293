package vn.hoctap.bot.help;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.CommandHandler;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.scheduler.member.MemberRepository;

/** {@code /help}: what the bot does, and how to get an invitation for whoever is not linked yet. */
@Component
class HelpCommand implements CommandHandler {

    private final TelegramGateway telegram;
    private final Texts texts;
    private final MemberRepository members;

    HelpCommand(TelegramGateway telegram, Texts texts, MemberRepository members) {
        this.telegram = telegram;
        this.texts = texts;
        this.members = members;
    }

    @Override
    public String command() {
        return "help";
    }

    @Override
    public void handle(Incoming in, ChatSession session) {
        boolean linked = members.findByTelegramUserId(in.userId()).isPresent();
        telegram.send(in.chatId(), linked ? texts.get("help.text") : texts.get("help.text") + "\n\n" + texts.get("help.unlinked"));
    }
}

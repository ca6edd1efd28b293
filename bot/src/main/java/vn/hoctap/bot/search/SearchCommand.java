package vn.hoctap.bot.search;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.BotIdentity;
import vn.hoctap.bot.telegram.CommandHandler;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;

/** {@code /tim <query>}: searches the library; a bare {@code /tim} explains how. */
@Component
class SearchCommand implements CommandHandler {

    private final SearchViews views;
    private final TelegramGateway telegram;
    private final Texts texts;
    private final BotIdentity bot;

    SearchCommand(SearchViews views, TelegramGateway telegram, Texts texts, BotIdentity bot) {
        this.views = views;
        this.telegram = telegram;
        this.texts = texts;
        this.bot = bot;
    }

    @Override
    public String command() {
        return "tim";
    }

    @Override
    public void handle(Incoming in, ChatSession session) {
        if (!in.hasArgument()) {
            telegram.send(in.chatId(), texts.get("search.usage", bot.username()));
            return;
        }
        views.searchAndReply(in.chatId(), in.argument(), session);
    }
}

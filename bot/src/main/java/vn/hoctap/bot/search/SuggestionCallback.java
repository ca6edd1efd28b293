package vn.hoctap.bot.search;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.Action;
import vn.hoctap.bot.telegram.CallbackData;
import vn.hoctap.bot.telegram.CallbackHandler;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;

/** "Tìm «…»" under a no-result answer: runs the suggested query kept in the session. */
@Component
class SuggestionCallback implements CallbackHandler {

    private final SearchViews views;
    private final TelegramGateway telegram;
    private final Texts texts;

    SuggestionCallback(SearchViews views, TelegramGateway telegram, Texts texts) {
        this.views = views;
        this.telegram = telegram;
        this.texts = texts;
    }

    @Override
    public Action action() {
        return SearchActions.SUGGESTION;
    }

    @Override
    public void handle(Incoming in, CallbackData data, ChatSession session) {
        var suggestion = session.get(SearchViews.SUGGESTION_KEY);
        if (suggestion.isEmpty()) {
            telegram.answerCallback(in.callbackId(), texts.get("study.stale"), true);
            return;
        }
        telegram.answerCallback(in.callbackId(), null, false);
        views.searchAndReply(in.chatId(), suggestion.get(), session);
    }
}

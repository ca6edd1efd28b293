package vn.hoctap.bot.search;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.UpdateHandler;

/** Plain text outside any dialogue is what members type to look something up: search it. */
@Component
class SearchText implements UpdateHandler {

    private final SearchViews views;

    SearchText(SearchViews views) {
        this.views = views;
    }

    @Override
    public boolean accepts(Incoming in, ChatSession session) {
        return in.kind() == Incoming.Kind.TEXT;
    }

    @Override
    public void handle(Incoming in, ChatSession session) {
        views.searchAndReply(in.chatId(), in.text(), session);
    }
}

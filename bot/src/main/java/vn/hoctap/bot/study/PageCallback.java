package vn.hoctap.bot.study;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.Action;
import vn.hoctap.bot.telegram.CallbackData;
import vn.hoctap.bot.telegram.CallbackHandler;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;

/** Next / previous page: edits the summary message in place (a new message if it is out of reach). */
@Component
class PageCallback implements CallbackHandler {

    private final AssignedOnly assigned;
    private final StudyViews views;
    private final TelegramGateway telegram;

    PageCallback(AssignedOnly assigned, StudyViews views, TelegramGateway telegram) {
        this.assigned = assigned;
        this.views = views;
        this.telegram = telegram;
    }

    @Override
    public Action action() {
        return StudyActions.PAGE;
    }

    @Override
    public void handle(Incoming in, CallbackData data, ChatSession session) {
        int page = (int) Math.min(Integer.MAX_VALUE, data.arg(1));
        assigned.resolve(in, data.arg(0)).ifPresent(target -> {
            telegram.answerCallback(in.callbackId(), null, false);
            StudyViews.Screen screen = views.page(target.assignment(), page);
            if (in.messageId() != null) {
                telegram.editHtml(in.chatId(), in.messageId(), screen.text(), screen.keyboard());
            } else {
                telegram.sendHtml(in.chatId(), screen.text(), screen.keyboard());
            }
        });
    }
}

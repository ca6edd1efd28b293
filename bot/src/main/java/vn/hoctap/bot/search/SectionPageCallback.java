package vn.hoctap.bot.search;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.Action;
import vn.hoctap.bot.telegram.CallbackData;
import vn.hoctap.bot.telegram.CallbackHandler;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;

/** Next / previous page of a long section, and the neighbouring sections, edited in place. */
@Component
class SectionPageCallback implements CallbackHandler {

    private final SectionViews sections;
    private final TelegramGateway telegram;
    private final Texts texts;

    SectionPageCallback(SectionViews sections, TelegramGateway telegram, Texts texts) {
        this.sections = sections;
        this.telegram = telegram;
        this.texts = texts;
    }

    @Override
    public Action action() {
        return SearchActions.SECTION_PAGE;
    }

    @Override
    public void handle(Incoming in, CallbackData data, ChatSession session) {
        int position = (int) Math.min(Integer.MAX_VALUE, data.arg(1)) - 1;
        int page = (int) Math.min(Integer.MAX_VALUE, data.arg(2));
        sections.screen(data.arg(0), position, page).ifPresentOrElse(screen -> {
            telegram.answerCallback(in.callbackId(), null, false);
            if (in.messageId() != null) {
                telegram.editHtml(in.chatId(), in.messageId(), screen.text(), screen.keyboard());
            } else {
                telegram.sendHtml(in.chatId(), screen.text(), screen.keyboard());
            }
        }, () -> telegram.answerCallback(in.callbackId(), texts.get("study.stale"), true));
    }
}

package vn.hoctap.bot.search;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.Action;
import vn.hoctap.bot.telegram.CallbackData;
import vn.hoctap.bot.telegram.CallbackHandler;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;

/** Opens a search result (or a neighbouring section) as a new message. */
@Component
class OpenSectionCallback implements CallbackHandler {

    private final SectionViews sections;
    private final TelegramGateway telegram;
    private final Texts texts;

    OpenSectionCallback(SectionViews sections, TelegramGateway telegram, Texts texts) {
        this.sections = sections;
        this.telegram = telegram;
        this.texts = texts;
    }

    @Override
    public Action action() {
        return SearchActions.OPEN_SECTION;
    }

    @Override
    public void handle(Incoming in, CallbackData data, ChatSession session) {
        int position = (int) Math.min(Integer.MAX_VALUE, data.arg(1)) - 1;
        sections.screen(data.arg(0), position, 1).ifPresentOrElse(screen -> {
            telegram.answerCallback(in.callbackId(), null, false);
            telegram.sendHtml(in.chatId(), screen.text(), screen.keyboard());
        }, () -> telegram.answerCallback(in.callbackId(), texts.get("study.stale"), true));
    }
}

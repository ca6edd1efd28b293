package vn.hoctap.bot.study;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.Action;
import vn.hoctap.bot.telegram.CallbackData;
import vn.hoctap.bot.telegram.CallbackHandler;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;

/** The "Danh sách tài liệu" button: the same list as {@code /hoc}. */
@Component
class ShowListCallback implements CallbackHandler {

    private final LinkedMember linked;
    private final StudyMenuCommand menu;
    private final TelegramGateway telegram;

    ShowListCallback(LinkedMember linked, StudyMenuCommand menu, TelegramGateway telegram) {
        this.linked = linked;
        this.menu = menu;
        this.telegram = telegram;
    }

    @Override
    public Action action() {
        return StudyActions.LIST;
    }

    @Override
    public void handle(Incoming in, CallbackData data, ChatSession session) {
        linked.require(in).ifPresent(member -> {
            telegram.answerCallback(in.callbackId(), null, false);
            menu.showList(in.chatId(), member.id());
        });
    }
}

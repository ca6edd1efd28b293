package vn.hoctap.bot.campaigns;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.Action;
import vn.hoctap.bot.telegram.CallbackData;
import vn.hoctap.bot.telegram.CallbackHandler;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;

/** A campaign picked from {@code /chibo}: the cell view. */
@Component
class CellViewCallback implements CallbackHandler {

    private final PushFlow flow;
    private final CellViews views;
    private final TelegramGateway telegram;

    CellViewCallback(PushFlow flow, CellViews views, TelegramGateway telegram) {
        this.flow = flow;
        this.views = views;
        this.telegram = telegram;
    }

    @Override
    public Action action() {
        return CampaignActions.CELL_VIEW;
    }

    @Override
    public void handle(Incoming in, CallbackData data, ChatSession session) {
        telegram.answerCallback(in.callbackId(), null, false);
        flow.secretary(in.userId(), in.chatId()).ifPresent(s -> views.show(s, data.arg(0), in.chatId()));
    }
}

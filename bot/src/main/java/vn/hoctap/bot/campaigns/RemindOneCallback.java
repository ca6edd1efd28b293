package vn.hoctap.bot.campaigns;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.Action;
import vn.hoctap.bot.telegram.CallbackData;
import vn.hoctap.bot.telegram.CallbackHandler;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;

/** "🔔 Nhắc …" in the cell view: one member reminded (once a day); scope checked by the service. */
@Component
class RemindOneCallback implements CallbackHandler {

    private final PushFlow flow;
    private final TelegramGateway telegram;

    RemindOneCallback(PushFlow flow, TelegramGateway telegram) {
        this.flow = flow;
        this.telegram = telegram;
    }

    @Override
    public Action action() {
        return CampaignActions.REMIND_ONE;
    }

    @Override
    public void handle(Incoming in, CallbackData data, ChatSession session) {
        telegram.answerCallback(in.callbackId(), null, false);
        flow.secretary(in.userId(), in.chatId()).ifPresent(s -> flow.sendOne(s, data.arg(0), data.arg(1), in.chatId()));
    }
}

package vn.hoctap.bot.campaigns;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.Action;
import vn.hoctap.bot.telegram.CallbackData;
import vn.hoctap.bot.telegram.CallbackHandler;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;

/** The secretary confirmed the preview: the reminder is queued (once per tap, within the daily cap). */
@Component
class PushSendCallback implements CallbackHandler {

    private final PushFlow flow;
    private final TelegramGateway telegram;

    PushSendCallback(PushFlow flow, TelegramGateway telegram) {
        this.flow = flow;
        this.telegram = telegram;
    }

    @Override
    public Action action() {
        return CampaignActions.PUSH_SEND;
    }

    @Override
    public void handle(Incoming in, CallbackData data, ChatSession session) {
        telegram.answerCallback(in.callbackId(), null, false);
        flow.secretary(in.userId(), in.chatId()).ifPresent(s -> flow.send(s, data.arg(0), in.chatId()));
    }
}

package vn.hoctap.bot.help;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.bot.telegram.UpdateHandler;

/** A button whose data no handler recognises (old format, tampered, garbage): an alert, no change. */
@Component
class StaleButton implements UpdateHandler {

    private final TelegramGateway telegram;
    private final Texts texts;

    StaleButton(TelegramGateway telegram, Texts texts) {
        this.telegram = telegram;
        this.texts = texts;
    }

    @Override
    public boolean accepts(Incoming in, ChatSession session) {
        return in.isCallback();
    }

    @Override
    public void handle(Incoming in, ChatSession session) {
        telegram.answerCallback(in.callbackId(), texts.get("study.stale"), true);
    }
}

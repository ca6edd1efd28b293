package vn.hoctap.bot.campaigns;

import java.time.Duration;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.telegram.Button;
import vn.hoctap.bot.telegram.Keyboard;
import vn.hoctap.bot.telegram.TelegramCallException;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.TelegramProperties;
import vn.hoctap.scheduler.delivery.MessageSender;
import vn.hoctap.scheduler.delivery.OutgoingMessage;
import vn.hoctap.scheduler.delivery.SendOutcome;

/** The delivery worker's way to Telegram: one attempt through the gateway, Telegram's answer classified. */
@Component
class TelegramMessageSender implements MessageSender {

    private final TelegramGateway telegram;
    private final TelegramProperties props;

    TelegramMessageSender(TelegramGateway telegram, TelegramProperties props) {
        this.telegram = telegram;
        this.props = props;
    }

    @Override
    public boolean available() {
        return props.enabled();
    }

    @Override
    public SendOutcome send(OutgoingMessage m) {
        Keyboard keyboard = new Keyboard(m.keyboard().stream()
                .map(row -> row.stream().map(b -> new Button(b.text(), b.callbackData())).toList()).toList());
        try {
            return new SendOutcome.Sent(telegram.sendOnce(m.chatId(), m.text(), keyboard, m.paidBroadcast()));
        } catch (TelegramCallException e) {
            int code = e.errorCode();
            if (code == 429) {
                return new SendOutcome.RateLimited(Duration.ofSeconds(e.retryAfterSeconds() == null ? 1 : e.retryAfterSeconds()));
            }
            if (code == 403) {
                return new SendOutcome.Unreachable(e.getMessage());
            }
            if (code == 0 || code >= 500) {
                return new SendOutcome.Transient(e.getMessage());
            }
            return new SendOutcome.Rejected(e.getMessage());
        }
    }
}

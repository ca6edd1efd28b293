package vn.hoctap.bot.conference;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.CommandHandler;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;

/** {@code /diemdanh}: a secretary's roll-call sheet of the running conference, to tick members without Telegram. */
@Component
class RollCallCommand implements CommandHandler {

    private final RollCallView view;
    private final TelegramGateway telegram;
    private final Texts texts;

    RollCallCommand(RollCallView view, TelegramGateway telegram, Texts texts) {
        this.view = view;
        this.telegram = telegram;
        this.texts = texts;
    }

    @Override
    public String command() {
        return "diemdanh";
    }

    @Override
    public void handle(Incoming in, ChatSession session) {
        view.ledUnit(in).ifPresent(unit -> view.render(unit).ifPresentOrElse(
                s -> telegram.send(in.chatId(), s.text(), s.keyboard()),
                () -> telegram.send(in.chatId(), texts.get("conf.roll.none"))));
    }
}

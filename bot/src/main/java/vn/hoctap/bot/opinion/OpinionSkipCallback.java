package vn.hoctap.bot.opinion;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.Action;
import vn.hoctap.bot.telegram.CallbackData;
import vn.hoctap.bot.telegram.CallbackHandler;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;

/** "Bỏ qua" under the comment question ({@code opk:form}): the form is done without a comment. */
@Component
class OpinionSkipCallback implements CallbackHandler {

    private final TelegramGateway telegram;
    private final Texts texts;

    OpinionSkipCallback(TelegramGateway telegram, Texts texts) {
        this.telegram = telegram;
        this.texts = texts;
    }

    @Override
    public Action action() {
        return OpinionActions.SKIP;
    }

    @Override
    public void handle(Incoming in, CallbackData data, ChatSession session) {
        if (session.isIn(OpinionAnswerCallback.AWAITING_COMMENT)
                && session.get(OpinionAnswerCallback.FORM).orElse("").equals(Long.toString(data.arg(0)))) {
            session.reset();
        }
        telegram.answerCallback(in.callbackId(), null, false);
        telegram.send(in.chatId(), texts.get("opinion.thanks"));
    }
}

package vn.hoctap.bot.quiz;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.Action;
import vn.hoctap.bot.telegram.CallbackData;
import vn.hoctap.bot.telegram.CallbackHandler;
import vn.hoctap.bot.telegram.Incoming;

/** "📝 Trắc nghiệm": starts an inline-keyboard quiz ({@code qi:A}) and sends its first question. */
@Component
class InlineQuizCallback implements CallbackHandler {

    private final QuizStart start;

    InlineQuizCallback(QuizStart start) {
        this.start = start;
    }

    @Override
    public Action action() {
        return QuizActions.INLINE;
    }

    @Override
    public void handle(Incoming in, CallbackData data, ChatSession session) {
        start.start(in, data.arg(0), false)
                .ifPresent(s -> start.sendInlineQuestion(in.chatId(), s.attempt(), s.questions(), 0));
    }
}

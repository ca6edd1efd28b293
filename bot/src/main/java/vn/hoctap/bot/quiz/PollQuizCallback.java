package vn.hoctap.bot.quiz;

import java.util.Arrays;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.Action;
import vn.hoctap.bot.telegram.CallbackData;
import vn.hoctap.bot.telegram.CallbackHandler;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.content.quiz.QuizQuestion;
import vn.hoctap.scheduler.quiz.QuizAttempts;

/**
 * "🗳 Trắc nghiệm bình chọn" ({@code qp:A}): sends the attempt's questions as native Telegram quiz
 * polls with shuffled options, remembering each poll's order so answers map back.
 */
@Component
class PollQuizCallback implements CallbackHandler {

    private final QuizStart start;
    private final QuizAttempts attempts;
    private final TelegramGateway telegram;
    private final Texts texts;

    PollQuizCallback(QuizStart start, QuizAttempts attempts, TelegramGateway telegram, Texts texts) {
        this.start = start;
        this.attempts = attempts;
        this.telegram = telegram;
        this.texts = texts;
    }

    @Override
    public Action action() {
        return QuizActions.POLLS;
    }

    @Override
    public void handle(Incoming in, CallbackData data, ChatSession session) {
        start.start(in, data.arg(0), true).ifPresent(s -> {
            telegram.send(in.chatId(), texts.get("quiz.polls.intro", s.questions().size()));
            for (QuizQuestion q : s.questions()) {
                int[] order = QuizPlay.optionOrder(s.attempt().id(), q);
                var options = Arrays.stream(order).mapToObj(i -> q.options().get(i)).toList();
                var correct = java.util.stream.IntStream.range(0, order.length).filter(d -> q.correct().contains(order[d])).boxed().toList();
                String pollId = telegram.sendQuizPoll(in.chatId(), q.question(), options, correct, q.explanation());
                attempts.registerPoll(pollId, s.attempt().id(), q.id(), order);
            }
        });
    }
}

package vn.hoctap.bot.quiz;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.UpdateHandler;
import vn.hoctap.scheduler.quiz.QuizAttempts;

/**
 * A vote in one of our quiz polls (poll_answer): mapped back through the poll's option order to
 * the question's options and recorded once; the last answer brings the result. Votes in unknown
 * polls, or by someone other than the attempt's member, are ignored.
 */
@Component
class PollAnswerHandler implements UpdateHandler {

    private final QuizAttempts attempts;
    private final QuizAnswers answers;

    PollAnswerHandler(QuizAttempts attempts, QuizAnswers answers) {
        this.attempts = attempts;
        this.answers = answers;
    }

    @Override
    public boolean accepts(Incoming in, ChatSession session) {
        return in.kind() == Incoming.Kind.POLL_ANSWER;
    }

    @Override
    public void handle(Incoming in, ChatSession session) {
        attempts.poll(in.text()).ifPresent(target -> answers.resolve(in.userId(), target.attemptId(), target.questionId())
                .ifPresent(ctx -> {
                    Set<Integer> chosen = QuizAnswers.parse(in.argument()).stream().filter(d -> d < target.optionOrder().length)
                            .map(d -> target.optionOrder()[d]).collect(Collectors.toSet());
                    if (!chosen.isEmpty()) {
                        answers.record(in.chatId(), null, ctx, chosen);
                    }
                }));
    }
}

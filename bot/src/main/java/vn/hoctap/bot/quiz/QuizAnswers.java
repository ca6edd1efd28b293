package vn.hoctap.bot.quiz;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.telegram.Html;
import vn.hoctap.bot.telegram.Keyboard;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.content.quiz.QuizQuestion;
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.quiz.QuizAttempts;

/**
 * Records an answer of either mode once (the database refuses a second answer to the same
 * question of the same attempt), shows right or wrong with the explanation, and moves on to the
 * next question or the result.
 */
@Component
class QuizAnswers {

    record Context(QuizAttempts.Attempt attempt, QuizQuestion question, List<QuizQuestion> questions) {
    }

    private final MemberRepository members;
    private final QuizAttempts attempts;
    private final QuizPlay play;
    private final QuizStart start;
    private final TelegramGateway telegram;
    private final Texts texts;

    QuizAnswers(MemberRepository members, QuizAttempts attempts, QuizPlay play, QuizStart start, TelegramGateway telegram,
            Texts texts) {
        this.members = members;
        this.attempts = attempts;
        this.play = play;
        this.start = start;
        this.telegram = telegram;
        this.texts = texts;
    }

    /** The attempt and question a button or poll names, if they belong to this Telegram user and are still open. */
    Optional<Context> resolve(long telegramUserId, long attemptId, long questionId) {
        var member = members.findByTelegramUserId(telegramUserId);
        var attempt = attempts.find(attemptId)
                .filter(a -> member.isPresent() && a.memberId() == member.get().id() && a.finishedAt() == null);
        if (attempt.isEmpty()) {
            return Optional.empty();
        }
        List<QuizQuestion> questions = play.questionsOf(attempt.get());
        return questions.stream().filter(q -> q.id() == questionId).findFirst().map(q -> new Context(attempt.get(), q, questions));
    }

    /** @return false if this question had already been answered in this attempt */
    boolean record(long chatId, Integer messageId, Context ctx, Set<Integer> chosenOriginal) {
        boolean correct = QuizPlay.correct(ctx.question(), chosenOriginal);
        int[] chosen = chosenOriginal.stream().sorted().mapToInt(Integer::intValue).toArray();
        if (!attempts.answer(ctx.attempt().id(), ctx.question().id(), chosen, correct)) {
            return false;
        }
        if (messageId != null) {
            String verdict = correct ? texts.get("quiz.right") : texts.get("quiz.wrong", play.correctText(ctx.attempt().id(), ctx.question()));
            String explanation = ctx.question().explanation() == null || ctx.question().explanation().isBlank() ? ""
                    : "\n" + texts.get("quiz.explanation", Html.escape(ctx.question().explanation()));
            int number = ctx.questions().indexOf(ctx.question()) + 1;
            telegram.editHtml(chatId, messageId, play.questionText(ctx.attempt().id(), number, ctx.questions().size(), ctx.question())
                    + "\n\n" + verdict + explanation, Keyboard.NONE);
        }
        int answered = attempts.answered(ctx.attempt().id());
        if (answered >= ctx.attempt().total()) {
            play.finish(chatId, ctx.attempt());
        } else if (ctx.attempt().mode().equals("INLINE")) {
            start.sendInlineQuestion(chatId, ctx.attempt(), ctx.questions(), answered);
        }
        return true;
    }

    static Set<Integer> parse(String csv) {
        return csv == null || csv.isBlank() ? Set.of()
                : Arrays.stream(csv.split(",")).filter(s -> s.matches("\\d{1,2}")).map(Integer::valueOf).collect(Collectors.toSet());
    }
}

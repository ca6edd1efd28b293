package vn.hoctap.bot.quiz;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.study.AssignedOnly;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.content.quiz.QuizQuestion;
import vn.hoctap.scheduler.assignment.MemberAssignment;
import vn.hoctap.scheduler.quiz.QuizAttempts;

/** Starting an attempt in either mode: checks the member, the assignment, the questions and the retake wait. */
@Component
class QuizStart {

    private final AssignedOnly assigned;
    private final QuizAttempts attempts;
    private final QuizPlay play;
    private final TelegramGateway telegram;
    private final Texts texts;

    QuizStart(AssignedOnly assigned, QuizAttempts attempts, QuizPlay play, TelegramGateway telegram, Texts texts) {
        this.assigned = assigned;
        this.attempts = attempts;
        this.play = play;
        this.telegram = telegram;
        this.texts = texts;
    }

    record Started(QuizAttempts.Attempt attempt, List<QuizQuestion> questions) {
    }

    Optional<Started> start(Incoming in, long assignmentId, boolean polls) {
        Optional<AssignedOnly.Target> target = assigned.resolve(in, assignmentId);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        MemberAssignment assignment = target.get().assignment();
        int count = play.available(assignment.documentId(), polls);
        if (count == 0) {
            telegram.answerCallback(in.callbackId(), texts.get("quiz.none"), true);
            return Optional.empty();
        }
        try {
            var attempt = attempts.start(target.get().memberId(), assignmentId, polls ? "POLL" : "INLINE",
                    play.pick(assignment.documentId(), polls));
            telegram.answerCallback(in.callbackId(), null, false);
            return Optional.of(new Started(attempt, play.questionsOf(attempt)));
        } catch (QuizAttempts.InProgress e) {
            telegram.answerCallback(in.callbackId(), texts.get("quiz.inProgress"), true);
            return Optional.empty();
        } catch (QuizAttempts.TooSoon e) {
            telegram.answerCallback(in.callbackId(), texts.get("quiz.tooSoon", Math.max(1, e.left().toMinutes() + 1)), true);
            return Optional.empty();
        }
    }

    void sendInlineQuestion(long chatId, QuizAttempts.Attempt attempt, List<QuizQuestion> questions, int index) {
        QuizQuestion q = questions.get(index);
        telegram.sendHtml(chatId, play.questionText(attempt.id(), index + 1, questions.size(), q),
                play.optionsKeyboard(attempt.id(), q, Set.of()));
    }
}

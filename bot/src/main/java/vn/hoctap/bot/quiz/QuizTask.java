package vn.hoctap.bot.quiz;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.hoctap.bot.study.StudyTask;
import vn.hoctap.bot.telegram.Button;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.content.quiz.QuizRepository;
import vn.hoctap.scheduler.assignment.CompletionCheck;
import vn.hoctap.scheduler.assignment.MemberAssignment;

/**
 * The quiz on the study screens: offered when the document has approved questions (required or
 * not). Without them no quiz button is shown, even when the campaign requires one: it could not be
 * started, and {@code CompletionCheck} does not ask for it.
 */
@Component
@Order(2)
class QuizTask implements StudyTask {

    private final QuizRepository quizzes;
    private final Texts texts;

    QuizTask(QuizRepository quizzes, Texts texts) {
        this.quizzes = quizzes;
        this.texts = texts;
    }

    @Override
    public List<Button> pageButtons(MemberAssignment a, CompletionCheck.Rules rules) {
        if (!quizzes.hasApproved(a.documentId())) {
            return List.of();
        }
        return List.of(QuizActions.INLINE.button(texts.get("button.quizInline"), a.assignmentId()),
                QuizActions.POLLS.button(texts.get("button.quizPolls"), a.assignmentId()));
    }

    @Override
    public Optional<Missing> missing(Set<CompletionCheck.Requirement> missing, long assignmentId, CompletionCheck.Rules rules) {
        return !missing.contains(CompletionCheck.Requirement.QUIZ) ? Optional.empty() : Optional.of(new Missing(texts.get("confirm.missing.quiz", rules.passMark()),
                QuizActions.INLINE.button(texts.get("button.quizInline"), assignmentId)));
    }
}

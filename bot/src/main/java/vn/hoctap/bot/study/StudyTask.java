package vn.hoctap.bot.study;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.hoctap.bot.telegram.Button;
import vn.hoctap.scheduler.assignment.CompletionCheck;
import vn.hoctap.scheduler.assignment.MemberAssignment;

/**
 * Something a member does with an assignment besides paging through its summary (reading the full
 * text in the Mini App, the quiz, the reflection): the feature that owns it contributes its buttons
 * to the study screens through this port, so the study loop knows no other feature's buttons and
 * those features may depend on study, not the reverse. Tasks are shown in bean order ({@code @Order}).
 */
public interface StudyTask {

    /** The buttons on a summary page of {@code a} (one row), empty when the task does not apply. */
    List<Button> pageButtons(MemberAssignment a, CompletionCheck.Rules rules);

    /** When confirmation is refused for want of this task: the line saying so and the button to do it. */
    default Optional<Missing> missing(Set<CompletionCheck.Requirement> missing, long assignmentId, CompletionCheck.Rules rules) {
        return Optional.empty();
    }

    /** A line of the "not yet" answer and its button. */
    record Missing(String line, Button button) {
    }
}

package vn.hoctap.bot.reflection;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.hoctap.bot.study.StudyTask;
import vn.hoctap.bot.telegram.Button;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.scheduler.assignment.CompletionCheck;
import vn.hoctap.scheduler.assignment.MemberAssignment;

/** The reflection on the study screens: offered only when the assignment's rules ask for one. */
@Component
@Order(3)
class ReflectionTask implements StudyTask {

    private final Texts texts;

    ReflectionTask(Texts texts) {
        this.texts = texts;
    }

    @Override
    public List<Button> pageButtons(MemberAssignment a, CompletionCheck.Rules rules) {
        return rules.reflection() ? List.of(ReflectionActions.WRITE.button(texts.get("button.reflection"), a.assignmentId()))
                : List.of();
    }

    @Override
    public Optional<Missing> missing(Set<CompletionCheck.Requirement> missing, long assignmentId, CompletionCheck.Rules rules) {
        return !missing.contains(CompletionCheck.Requirement.REFLECTION) ? Optional.empty() : Optional.of(new Missing(texts.get("confirm.missing.reflection"),
                ReflectionActions.WRITE.button(texts.get("button.reflection"), assignmentId)));
    }
}

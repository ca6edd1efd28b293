package vn.hoctap.scheduler.opinion;

import java.util.List;

import vn.hoctap.scheduler.rules.RuleViolation;

/** An opinion form to send: of a campaign (its whole audience) or of a conference (its convened members); refusals name the form field. */
public record NewOpinionForm(long campaignId, Long conferenceId, String title, List<String> questions) {

    public static final int MAX_QUESTIONS = 20;

    public NewOpinionForm {
        questions = questions == null ? List.of() : questions.stream().map(q -> q == null ? "" : q.strip()).toList();
        if (title == null || title.isBlank() || title.length() > 300) {
            throw new RuleViolation("title", "rule.opinion.title", "title must be 1 to 300 characters");
        }
        if (questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
            throw new RuleViolation("questions", "rule.opinion.questions", "a form has 1 to " + MAX_QUESTIONS + " questions", MAX_QUESTIONS);
        }
        if (questions.stream().anyMatch(q -> q.isEmpty() || q.length() > 500)) {
            throw new RuleViolation("questions", "rule.opinion.questionLength", "each question must be 1 to 500 characters");
        }
    }
}

package vn.hoctap.scheduler.opinion;

import java.util.List;

/** An opinion form to send: of a campaign (its whole audience) or of a conference (its convened members). */
public record NewOpinionForm(long campaignId, Long conferenceId, String title, List<String> questions) {

    public static final int MAX_QUESTIONS = 20;

    public NewOpinionForm {
        questions = questions == null ? List.of() : questions.stream().map(q -> q == null ? "" : q.strip()).toList();
        if (title == null || title.isBlank() || title.length() > 300) {
            throw new IllegalArgumentException("title must be 1 to 300 characters");
        }
        if (questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
            throw new IllegalArgumentException("a form has 1 to " + MAX_QUESTIONS + " questions");
        }
        if (questions.stream().anyMatch(q -> q.isEmpty() || q.length() > 500)) {
            throw new IllegalArgumentException("each question must be 1 to 500 characters");
        }
    }
}

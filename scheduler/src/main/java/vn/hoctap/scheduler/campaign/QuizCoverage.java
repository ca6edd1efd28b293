package vn.hoctap.scheduler.campaign;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.hoctap.scheduler.rules.UnprocessableRule;

/**
 * Which documents of a campaign that requires a quiz have no approved quiz question. Such a quiz
 * cannot be started, so a campaign is refused (created or edited) while any of its documents is in
 * that state; if questions are un-approved later, the campaign page warns and
 * {@code assignment.CompletionCheck} does not ask members for that document's quiz.
 */
@Service
public class QuizCoverage {

    /** Named in the refusal; the rest are counted ("…"), so the message stays readable. */
    private static final int NAMED = 3;

    private final JdbcClient jdbc;

    public QuizCoverage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids among {@code documentIds} without any approved question, in id order (the campaign page lists them). */
    public List<Long> withoutQuestions(Collection<Long> documentIds) {
        return uncovered(documentIds).stream().map(Uncovered::id).toList();
    }

    private record Uncovered(long id, String title) {
    }

    private List<Uncovered> uncovered(Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT d.id, d.title FROM documents d
                 WHERE d.id IN (:ids)
                   AND NOT EXISTS (SELECT 1 FROM quiz_questions q WHERE q.document_id = d.id AND q.status = 'APPROVED')
                 ORDER BY d.id""").param("ids", documentIds.stream().distinct().toList())
                .query((rs, n) -> new Uncovered(rs.getLong(1), rs.getString(2))).list();
    }

    /** Refuses a request that requires a quiz for a document without approved questions, naming the documents. */
    void check(NewCampaign request) {
        if (!request.rules().requireQuiz()) {
            return;
        }
        List<String> missing = uncovered(request.documentIds()).stream().map(Uncovered::title).toList();
        if (!missing.isEmpty()) {
            String names = names(missing);
            throw new UnprocessableRule("requireQuiz", "rule.campaign.quizWithoutQuestions",
                    "a quiz is required but these documents have no approved quiz question: " + names, names);
        }
    }

    /** {@code "A", "B", "C" (+2)}: the first few titles quoted, the others counted. */
    public static String names(List<String> titles) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(NAMED, titles.size()); i++) {
            out.append(i == 0 ? "" : ", ").append('"').append(titles.get(i)).append('"');
        }
        if (titles.size() > NAMED) {
            out.append(" (+").append(titles.size() - NAMED).append(')');
        }
        return out.toString();
    }
}

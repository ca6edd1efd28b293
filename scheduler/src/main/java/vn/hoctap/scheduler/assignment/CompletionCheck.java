package vn.hoctap.scheduler.assignment;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.hoctap.scheduler.quiz.QuizProperties;

/**
 * What "done" requires for an assignment (its campaign's rules, or just opening the summary for an
 * assignment outside any campaign) and what a member is still missing, so "Tôi đã học xong" can
 * explain instead of confirming early.
 * <p>
 * A required quiz counts only while the assignment's document has approved questions: a campaign
 * cannot be created or edited into requiring a quiz without them ({@code campaign.QuizCoverage}),
 * but questions can be un-approved later, and a member must never be told to pass a quiz that
 * cannot be started. The member then confirms without it (the other rules still apply), the
 * campaign page warns the organisers, and the quiz counts again, for those not done yet, as soon
 * as a question is approved.
 */
@Service
public class CompletionCheck {

    public enum Requirement {
        SUMMARY, QUIZ, REFLECTION
    }

    public record Rules(boolean summary, boolean quiz, boolean reflection, int passMark) {
    }

    private final JdbcClient jdbc;
    private final int defaultPassMark;

    public CompletionCheck(JdbcClient jdbc, QuizProperties quiz) {
        this.jdbc = jdbc;
        this.defaultPassMark = quiz.defaultPassMark();
    }

    public Rules rulesFor(long assignmentId) {
        return jdbc.sql("""
                SELECT c.require_summary, c.require_quiz, c.require_reflection, c.pass_mark
                  FROM assignments a JOIN campaigns c ON c.id = a.campaign_id WHERE a.id = :a""").param("a", assignmentId)
                .query((rs, n) -> new Rules(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3), rs.getInt(4))).optional()
                .orElse(new Rules(true, false, false, defaultPassMark));
    }

    /** What the member still lacks for this assignment; an unknown assignment lacks its (unopenable) summary. */
    public Set<Requirement> missing(long memberId, long assignmentId) {
        return missingAll(memberId, List.of(assignmentId)).getOrDefault(assignmentId, EnumSet.of(Requirement.SUMMARY));
    }

    /**
     * What the member still lacks, for several assignments in one query ({@code /tiendo}, and
     * {@link #missing} for one): the campaign's rules, or only the summary outside a campaign, with
     * a quiz waived while its document has no approved question.
     */
    public java.util.Map<Long, Set<Requirement>> missingAll(long memberId, java.util.Collection<Long> assignmentIds) {
        java.util.Map<Long, Set<Requirement>> out = new java.util.HashMap<>();
        if (assignmentIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                SELECT a.id,
                       coalesce(c.require_summary, true)
                           AND NOT EXISTS (SELECT 1 FROM assignment_views v WHERE v.member_id = :m AND v.assignment_id = a.id) AS summary,
                       coalesce(c.require_quiz, false)
                           AND EXISTS (SELECT 1 FROM quiz_questions q WHERE q.document_id = a.document_id AND q.status = 'APPROVED')
                           AND NOT EXISTS (SELECT 1 FROM quiz_attempts x WHERE x.member_id = :m AND x.assignment_id = a.id AND x.passed) AS quiz,
                       coalesce(c.require_reflection, false)
                           AND NOT EXISTS (SELECT 1 FROM reflections r WHERE r.member_id = :m AND r.assignment_id = a.id
                                              AND r.reflection_at IS NOT NULL AND r.plan_at IS NOT NULL) AS reflection
                  FROM assignments a LEFT JOIN campaigns c ON c.id = a.campaign_id WHERE a.id IN (:ids)""")
                .param("m", memberId).param("ids", List.copyOf(assignmentIds)).query((rs, n) -> {
                    Set<Requirement> missing = EnumSet.noneOf(Requirement.class);
                    if (rs.getBoolean("summary")) {
                        missing.add(Requirement.SUMMARY);
                    }
                    if (rs.getBoolean("quiz")) {
                        missing.add(Requirement.QUIZ);
                    }
                    if (rs.getBoolean("reflection")) {
                        missing.add(Requirement.REFLECTION);
                    }
                    return out.put(rs.getLong("id"), missing);
                }).list();
        return out;
    }
}

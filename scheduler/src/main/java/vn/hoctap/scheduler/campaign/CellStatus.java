package vn.hoctap.scheduler.campaign;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A secretary's view of their unit in one campaign: every member (not LEFT) who must study it, done
 * or not, and for those not done the first thing in the way, in the order a secretary acts on it:
 * unreachable (blocked the bot), not linked to Telegram, summary not opened, quiz not passed,
 * reflection or plan missing, not yet confirmed (a quiz counts only for documents with approved
 * questions, as in {@code assignment.CompletionCheck}). A snooze ("Nhắc tôi sau") is reported beside it.
 */
@Service
public class CellStatus {

    public enum State {
        DONE, UNREACHABLE, NOT_LINKED, NOT_OPENED, QUIZ_NOT_PASSED, NO_REFLECTION, NOT_CONFIRMED
    }

    /**
     * One member's standing; {@code chatId} null when not linked, {@code snoozedUntil} null unless
     * snoozed now; {@code confirmed} of {@code assigned} documents of the campaign (documents, not
     * assignments: one assigned twice counts once), since a state such as "not opened" may be about
     * one document of several.
     */
    public record MemberState(long memberId, String fullName, Long chatId, State state, Instant snoozedUntil, int confirmed,
            int assigned) {

        public boolean done() {
            return state == State.DONE;
        }

        /** Whether a reminder can reach them (now, or after their snooze). */
        public boolean reachable() {
            return !done() && state != State.UNREACHABLE && state != State.NOT_LINKED;
        }
    }

    private static final String SQL = """
            SELECT m.id, m.full_name, m.telegram_user_id, m.status,
                   count(*) AS need, count(cf.member_id) AS confirmed,
                   count(DISTINCT a.document_id) AS documents,
                   count(DISTINCT a.document_id) FILTER (WHERE cf.member_id IS NOT NULL) AS documents_done,
                   count(*) FILTER (WHERE cf.member_id IS NULL AND v.member_id IS NULL) AS unopened,
                   count(*) FILTER (WHERE cf.member_id IS NULL AND NOT EXISTS (SELECT 1 FROM quiz_attempts q
                        WHERE q.member_id = m.id AND q.assignment_id = a.id AND q.passed)
                        AND EXISTS (SELECT 1 FROM quiz_questions qq WHERE qq.document_id = a.document_id
                        AND qq.status = 'APPROVED')) AS quiz_missing,
                   count(*) FILTER (WHERE cf.member_id IS NULL AND NOT EXISTS (SELECT 1 FROM reflections r
                        WHERE r.member_id = m.id AND r.assignment_id = a.id AND r.reflection_at IS NOT NULL
                          AND r.plan_at IS NOT NULL)) AS reflection_missing,
                   (SELECT s.until FROM campaign_snoozes s WHERE s.campaign_id = :c AND s.member_id = m.id AND s.until > :now) AS snoozed
              FROM members m
              JOIN units u ON u.id = m.unit_id
              JOIN assignments a ON a.campaign_id = :c
              JOIN units au ON au.id = a.unit_id AND unit_within(u.path, au.path)
              LEFT JOIN confirmations cf ON cf.assignment_id = a.id AND cf.member_id = m.id
              LEFT JOIN assignment_views v ON v.assignment_id = a.id AND v.member_id = m.id
             WHERE m.status <> 'LEFT' AND unit_within(u.path, (SELECT path FROM units WHERE id = :unit))
             GROUP BY m.id, m.full_name, m.telegram_user_id, m.status
             ORDER BY m.full_name COLLATE "vi-x-icu", m.id
            """;

    private final JdbcClient jdbc;
    private final CampaignRepository campaigns;
    private final Clock clock;

    public CellStatus(JdbcClient jdbc, CampaignRepository campaigns, Clock clock) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    public List<MemberState> of(long campaignId, long unitId) {
        Campaign c = campaigns.findById(campaignId).orElseThrow(() -> new java.util.NoSuchElementException("campaign " + campaignId));
        return jdbc.sql(SQL).param("c", campaignId).param("unit", unitId).param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> {
                    Long chat = (Long) rs.getObject("telegram_user_id");
                    State state;
                    if (rs.getLong("confirmed") == rs.getLong("need")) {
                        state = State.DONE;
                    } else if ("BLOCKED".equals(rs.getString("status"))) {
                        state = State.UNREACHABLE;
                    } else if (chat == null) {
                        state = State.NOT_LINKED;
                    } else if (c.rules().requireSummary() && rs.getLong("unopened") > 0) {
                        state = State.NOT_OPENED;
                    } else if (c.rules().requireQuiz() && rs.getLong("quiz_missing") > 0) {
                        state = State.QUIZ_NOT_PASSED;
                    } else if (c.rules().requireReflection() && rs.getLong("reflection_missing") > 0) {
                        state = State.NO_REFLECTION;
                    } else {
                        state = State.NOT_CONFIRMED;
                    }
                    Timestamp snoozed = rs.getTimestamp("snoozed");
                    return new MemberState(rs.getLong("id"), rs.getString("full_name"), chat, state,
                            state == State.DONE || snoozed == null ? null : snoozed.toInstant(), rs.getInt("documents_done"), rs.getInt("documents"));
                }).list();
    }
}

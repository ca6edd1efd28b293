package vn.hoctap.scheduler.campaign;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The writes of an edit of a running campaign ({@link CampaignEdits}): settings, times, documents and
 * audience units with their assignments, and whether members already started what would be removed.
 */
@Repository
class CampaignEditStore {

    private final JdbcClient jdbc;

    CampaignEditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Name, completion rules, reminder plan, paid broadcast and lagging threshold as asked (an edit). */
    void updateSettings(long id, NewCampaign c) {
        var r = c.reminders();
        jdbc.sql("""
                UPDATE campaigns SET name = :name, require_summary = :rs, require_quiz = :rq, require_reflection = :rr,
                       pass_mark = :pass, reminder_offsets = :offsets, deadline_morning = :morning, quiet_start = :qs,
                       quiet_end = :qe, skip_sundays = :sun, skip_holidays = :hol, paid_broadcast = :paid, lagging_percent = :lag
                 WHERE id = :id""")
                .param("name", c.name()).param("rs", c.rules().requireSummary()).param("rq", c.rules().requireQuiz())
                .param("rr", c.rules().requireReflection()).param("pass", c.rules().passMark())
                .param("offsets", r.offsets().stream().map(Duration::toString).collect(Collectors.joining(",")))
                .param("morning", r.deadlineMorning()).param("qs", r.quietStart()).param("qe", r.quietEnd())
                .param("sun", r.skipSundays()).param("hol", r.skipHolidays()).param("paid", c.paidBroadcast())
                .param("lag", c.laggingPercent()).param("id", id).update();
    }

    /** A new start and/or deadline for the campaign and its assignments; a moved deadline starts a new revision of the reminders. */
    void updateTimes(long id, Instant start, Instant deadline, boolean deadlineMoved) {
        jdbc.sql("UPDATE campaigns SET starts_at = :s, deadline = :d, deadline_revision = deadline_revision + :r WHERE id = :id")
                .param("s", Timestamp.from(start)).param("d", Timestamp.from(deadline)).param("r", deadlineMoved ? 1 : 0)
                .param("id", id).update();
        jdbc.sql("UPDATE assignments SET starts_at = :s, deadline = :d WHERE campaign_id = :id").param("s", Timestamp.from(start))
                .param("d", Timestamp.from(deadline)).param("id", id).update();
    }

    /** Locks the campaign's row until the transaction ends, so two edits of one campaign never interleave. */
    void lock(long id) {
        jdbc.sql("SELECT id FROM campaigns WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).optional();
    }

    /**
     * Of {@code ids} (documents or units, by {@code column}), those whose assignments in this campaign
     * a member has already started: opened, confirmed, a quiz, a reflection or a refresher.
     */
    List<Long> started(long campaignId, String column, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String col = column.equals("unit_id") ? "unit_id" : "document_id";
        return jdbc.sql("""
                SELECT DISTINCT a.%s FROM assignments a WHERE a.campaign_id = :c AND a.%s IN (:ids)
                   AND (EXISTS (SELECT 1 FROM assignment_views x WHERE x.assignment_id = a.id)
                     OR EXISTS (SELECT 1 FROM confirmations x WHERE x.assignment_id = a.id)
                     OR EXISTS (SELECT 1 FROM quiz_attempts x WHERE x.assignment_id = a.id)
                     OR EXISTS (SELECT 1 FROM reflections x WHERE x.assignment_id = a.id)
                     OR EXISTS (SELECT 1 FROM refreshers x WHERE x.assignment_id = a.id))
                 ORDER BY 1""".formatted(col, col)).param("c", campaignId).param("ids", ids).query(Long.class).list();
    }

    /** Takes a document or an audience unit (by {@code column}) out of a campaign with its assignments (none started). */
    void remove(long campaignId, String column, long id) {
        boolean unit = column.equals("unit_id");
        jdbc.sql("DELETE FROM assignments WHERE campaign_id = :c AND " + (unit ? "unit_id" : "document_id") + " = :x")
                .param("c", campaignId).param("x", id).update();
        jdbc.sql("DELETE FROM " + (unit ? "campaign_units WHERE unit_id" : "campaign_documents WHERE document_id")
                + " = :x AND campaign_id = :c").param("c", campaignId).param("x", id).update();
    }

    void addDocument(long campaignId, long documentId) {
        jdbc.sql("INSERT INTO campaign_documents (campaign_id, document_id) VALUES (:c, :d)").param("c", campaignId)
                .param("d", documentId).update();
    }

    void addUnit(long campaignId, long unitId) {
        jdbc.sql("INSERT INTO campaign_units (campaign_id, unit_id) VALUES (:c, :u)").param("c", campaignId).param("u", unitId).update();
    }

    /** One (document, unit) assignment of the campaign, unless it exists. */
    void addAssignment(long campaignId, long documentId, long unitId, Instant start, Instant deadline) {
        jdbc.sql("""
                INSERT INTO assignments (document_id, unit_id, starts_at, deadline, campaign_id)
                SELECT :d, :u, :s, :e, :c WHERE NOT EXISTS (
                    SELECT 1 FROM assignments WHERE campaign_id = :c AND document_id = :d AND unit_id = :u)""")
                .param("d", documentId).param("u", unitId).param("s", Timestamp.from(start)).param("e", Timestamp.from(deadline))
                .param("c", campaignId).update();
    }

    /** A document's title or a unit's name, for a refusal the user can read. */
    String label(String column, long id) {
        return jdbc.sql(column.equals("unit_id") ? "SELECT name FROM units WHERE id = :x" : "SELECT title FROM documents WHERE id = :x")
                .param("x", id).query(String.class).optional().orElse("#" + id);
    }

    /**
     * Cancels the queued announcements and reminders of members no longer in the audience (a unit
     * removed); digests and escalations, which go to secretaries above, are left alone.
     */
    int withdrawQueued(long campaignId) {
        return jdbc.sql("""
                UPDATE outbox o SET status = 'CANCELLED'
                 WHERE o.campaign_id = :c AND o.status = 'PENDING'
                   AND (o.step = 'announce' OR o.step LIKE 'remind-%' OR o.step LIKE 'deadline-morning%')
                   AND NOT EXISTS (SELECT 1 FROM members m JOIN units mu ON mu.id = m.unit_id
                                     JOIN campaign_units cu ON cu.campaign_id = o.campaign_id JOIN units au ON au.id = cu.unit_id
                                    WHERE m.id = o.member_id AND mu.path LIKE au.path || '%')""")
                .param("c", campaignId).update();
    }
}

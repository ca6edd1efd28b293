package vn.hoctap.scheduler.conference;

import java.sql.Timestamp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Make-up study (học bù) after a conference: each document becomes an ordinary assignment of the
 * conference's campaign for the outermost point units (so nobody is assigned it twice), starting
 * when it ends and due {@code makeupDays} later, so it flows through the study loop, the campaign's
 * reminders and its stats. Where the campaign already assigns the document, nobody gets it twice:
 * at the point's unit or above, the point gets no make-up for it; only to units below the point,
 * the make-up goes to the point's other units instead (down the tree to the largest units that do
 * not hold it). Either way those members study the campaign's one (the make-up message gives each
 * document's own deadline). The bound of that split: members attached directly to a unit above a
 * covered one (not to a cell) get no make-up for that document. Attendance counts as having
 * studied: attendees get a confirmation of every assignment of the campaign for these documents.
 * Both statements are idempotent (a second run finds every unit covered).
 */
@Component
class Makeup {

    private final JdbcClient jdbc;

    Makeup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code start}: when the conference actually ended (the organiser may close it early). */
    void assign(Conference c, java.time.Instant start) {
        jdbc.sql("""
                WITH RECURSIVE docs AS (
                    SELECT document_id FROM conference_documents WHERE conference_id = :c
                ), outermost AS (
                    SELECT pu.id, pu.path FROM conference_points p JOIN units pu ON pu.id = p.unit_id
                     WHERE p.conference_id = :c
                       AND NOT EXISTS (SELECT 1 FROM conference_points o JOIN units ou ON ou.id = o.unit_id
                                        WHERE o.conference_id = :c AND o.id <> p.id AND unit_within(pu.path, ou.path))
                ), covered AS (
                    SELECT a.document_id, au.path FROM assignments a JOIN units au ON au.id = a.unit_id AND au.closed_at IS NULL
                     WHERE a.campaign_id = :campaign AND a.document_id IN (SELECT document_id FROM docs)
                ), walk (document_id, unit_id, path) AS (
                    SELECT d.document_id, o.id, o.path FROM docs d CROSS JOIN outermost o
                    UNION ALL
                    -- Down only through units the campaign covers part of: their other children still need it.
                    SELECT w.document_id, ch.id, ch.path FROM walk w JOIN units ch ON ch.parent_id = w.unit_id AND ch.closed_at IS NULL
                     WHERE EXISTS (SELECT 1 FROM covered v WHERE v.document_id = w.document_id
                                      AND unit_within(v.path, w.path) AND v.path <> w.path)
                       AND NOT EXISTS (SELECT 1 FROM covered v WHERE v.document_id = w.document_id AND unit_within(w.path, v.path))
                )
                INSERT INTO assignments (document_id, unit_id, starts_at, deadline, campaign_id)
                SELECT w.document_id, w.unit_id, :start, :deadline, :campaign FROM walk w
                 WHERE NOT EXISTS (SELECT 1 FROM covered v WHERE v.document_id = w.document_id
                                      AND (unit_within(w.path, v.path) OR unit_within(v.path, w.path)))""")
                .param("start", Timestamp.from(start)).param("deadline", Timestamp.from(start.plus(java.time.Duration.ofDays(c.makeupDays()))))
                .param("campaign", c.campaignId()).param("c", c.id()).update();
        jdbc.sql("""
                INSERT INTO confirmations (member_id, assignment_id, confirmed_at)
                SELECT at.member_id, a.id, at.checked_in_at
                  FROM conference_attendees at
                  JOIN members m ON m.id = at.member_id
                  JOIN units mu ON mu.id = m.unit_id
                  JOIN assignments a ON a.campaign_id = :campaign
                       AND a.document_id IN (SELECT document_id FROM conference_documents WHERE conference_id = :c)
                  JOIN units au ON au.id = a.unit_id AND unit_within(mu.path, au.path)
                 WHERE at.conference_id = :c AND at.checked_in_at IS NOT NULL
                ON CONFLICT (member_id, assignment_id) DO NOTHING""")
                .param("campaign", c.campaignId()).param("c", c.id()).update();
    }
}

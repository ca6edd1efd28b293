package vn.hoctap.scheduler.conference;

import java.sql.Timestamp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Make-up study (học bù) after a conference: each document becomes an ordinary assignment of the
 * conference's campaign for the outermost point units (so nobody is assigned it twice), starting
 * when it ends and due {@code makeupDays} later, so it flows through the study loop, the campaign's
 * reminders and its stats. A document the campaign already assigns to the point's unit or above
 * gets no second assignment: those members study the one they have (the make-up message gives each
 * document's own deadline). Known gap: where the campaign assigns the document only to a unit below
 * the point, the point still gets a make-up assignment, so that unit's members hold two (reading
 * counts for both; a required quiz or reflection is per assignment). Attendance counts as having
 * studied: attendees get a confirmation of every assignment of the campaign for these documents.
 * Both statements are idempotent.
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
                INSERT INTO assignments (document_id, unit_id, starts_at, deadline, campaign_id)
                SELECT cd.document_id, p.unit_id, :start, :deadline, :campaign
                  FROM conference_documents cd
                  JOIN conference_points p ON p.conference_id = cd.conference_id
                  JOIN units pu ON pu.id = p.unit_id
                 WHERE cd.conference_id = :c
                   AND NOT EXISTS (SELECT 1 FROM conference_points o JOIN units ou ON ou.id = o.unit_id
                                    WHERE o.conference_id = :c AND o.id <> p.id AND unit_within(pu.path, ou.path))
                   AND NOT EXISTS (SELECT 1 FROM assignments a JOIN units au ON au.id = a.unit_id
                                    WHERE a.campaign_id = :campaign AND a.document_id = cd.document_id
                                      AND unit_within(pu.path, au.path))""")
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

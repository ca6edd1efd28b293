package vn.hoctap.scheduler.opinion;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The opinion forms already sent for a campaign (or one of its conferences), newest first, with
 * how many members of a subtree received each and how many answered (a choice or a comment), so an
 * organiser finds a form again from the campaign or conference page and sees whether it is being
 * answered. Counts are limited to the subtree given, as the results page is.
 */
@Service
public class OpinionFormList {

    /** One form: {@code conferenceName} null for a form to the campaign's whole audience. */
    public record Line(long id, String title, Long conferenceId, String conferenceName, Instant sentAt, int questions, long recipients,
            long answered) {
    }

    private final JdbcClient jdbc;

    OpinionFormList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param conferenceId only that conference's forms, or null for all of the campaign's
     * @param subtree SQL LIKE pattern of the units whose members are counted ('%' for all)
     */
    public List<Line> of(long campaignId, Long conferenceId, String subtree) {
        return jdbc.sql("""
                SELECT f.id, f.title, f.conference_id, c.name, f.created_at,
                       (SELECT count(*) FROM opinion_questions q WHERE q.form_id = f.id) AS questions,
                       (SELECT count(*) FROM outbox o JOIN members m ON m.id = o.member_id JOIN units mu ON mu.id = m.unit_id
                         WHERE o.campaign_id = f.campaign_id AND o.step = 'form' || f.id AND mu.path LIKE :subtree) AS recipients,
                       (SELECT count(*) FROM (SELECT a.member_id FROM opinion_answers a JOIN opinion_questions q ON q.id = a.question_id
                                               WHERE q.form_id = f.id
                                              UNION SELECT oc.member_id FROM opinion_comments oc WHERE oc.form_id = f.id) x
                          JOIN members m ON m.id = x.member_id JOIN units mu ON mu.id = m.unit_id
                         WHERE mu.path LIKE :subtree) AS answered
                  FROM opinion_forms f LEFT JOIN conferences c ON c.id = f.conference_id
                 WHERE f.campaign_id = :campaign AND (CAST(:conference AS bigint) IS NULL OR f.conference_id = :conference)
                 ORDER BY f.created_at DESC, f.id DESC""")
                .param("campaign", campaignId).param("conference", conferenceId).param("subtree", subtree)
                .query((rs, n) -> new Line(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getInt(6), rs.getLong(7), rs.getLong(8)))
                .list();
    }
}

package vn.hoctap.scheduler.conference;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The results of a conference by unit, for the report: convened members, those who attended, those
 * who have studied in all (attended, or confirmed, for every document of the conference, an
 * assignment of it in the conference's campaign: the make-up one or the campaign's own), and
 * non-member participants at the points the unit hosts in its subtree.
 */
@Service
public class ConferenceResults {

    public record Row(long unitId, String unitName, long convened, long attended, long studied, long nonMembers) {
    }

    /** The unit's own total and one row per child unit with convened members or points. */
    public record Report(Conference conference, Row total, List<Row> children) {
    }

    private static final String FIGURES = """
            WITH att AS (
                SELECT a.member_id, a.checked_in_at IS NOT NULL AS attended, mu.path
                  FROM conference_attendees a JOIN members m ON m.id = a.member_id JOIN units mu ON mu.id = m.unit_id
                 WHERE a.conference_id = :c AND a.convened),
            docs AS (SELECT document_id FROM conference_documents WHERE conference_id = :c),
            done AS (
                SELECT att.*, att.attended OR NOT EXISTS (
                         SELECT 1 FROM docs WHERE NOT EXISTS (
                             SELECT 1 FROM confirmations cf JOIN assignments x ON x.id = cf.assignment_id
                              WHERE cf.member_id = att.member_id AND x.campaign_id = :campaign
                                AND x.document_id = docs.document_id)) AS studied
                  FROM att)
            SELECT u.id, u.name,
                   (SELECT count(*) FROM done WHERE unit_within(done.path, u.path)),
                   (SELECT count(*) FROM done WHERE unit_within(done.path, u.path) AND attended),
                   (SELECT count(*) FROM done WHERE unit_within(done.path, u.path) AND studied),
                   (SELECT coalesce(sum(p.non_members), 0) FROM conference_points p JOIN units pu ON pu.id = p.unit_id
                     WHERE p.conference_id = :c AND unit_within(pu.path, u.path))
              FROM units u WHERE /*filter*/ ORDER BY u.path""";

    private final JdbcClient jdbc;

    ConferenceResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Report forUnit(Conference conference, long unitId) {
        Row total = rows(conference, "u.id = :u", unitId).stream().findFirst()
                .orElseThrow(() -> new java.util.NoSuchElementException("unit " + unitId));
        List<Row> children = rows(conference, "u.parent_id = :u", unitId).stream()
                .filter(r -> r.convened() > 0 || r.nonMembers() > 0).toList();
        return new Report(conference, total, children);
    }

    private List<Row> rows(Conference c, String filter, long unitId) {
        return jdbc.sql(FIGURES.replace("/*filter*/", filter)).param("c", c.id()).param("campaign", c.campaignId()).param("u", unitId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)))
                .list();
    }
}

package vn.hoctap.scheduler.opinion;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The answers of an opinion form counted by unit (the unit itself and its children) and question, and its comments. */
@Service
public class OpinionResults {

    public record Row(long unitId, String unitName, boolean total, int position, String question, long agree, long partly,
            long disagree) {
    }

    public record Comment(String unitName, String fullName, String comment) {
    }

    private static final int MAX_COMMENTS = 500;

    private final JdbcClient jdbc;

    OpinionResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row per question for the unit's total, then per child unit, in tree and question order. */
    public List<Row> byUnit(long formId, long unitId) {
        return jdbc.sql("""
                SELECT u.id, u.name, u.id = :u, q.position, q.text,
                       count(*) FILTER (WHERE a.choice = 'AGREE'), count(*) FILTER (WHERE a.choice = 'PARTLY'),
                       count(*) FILTER (WHERE a.choice = 'DISAGREE')
                  FROM units u
                  CROSS JOIN opinion_questions q
                  LEFT JOIN (opinion_answers a JOIN members m ON m.id = a.member_id JOIN units mu ON mu.id = m.unit_id)
                         ON a.question_id = q.id AND unit_within(mu.path, u.path)
                 WHERE q.form_id = :f AND (u.id = :u OR u.parent_id = :u)
                 GROUP BY u.id, u.name, u.path, q.position, q.text
                 ORDER BY u.id <> :u, u.path, q.position""").param("f", formId).param("u", unitId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getInt(4), rs.getString(5), rs.getLong(6),
                        rs.getLong(7), rs.getLong(8)))
                .list();
    }

    /** Comments from members of the unit's subtree (at most 500, newest first). */
    public List<Comment> comments(long formId, long unitId) {
        return jdbc.sql("""
                SELECT mu.name, m.full_name, c.comment FROM opinion_comments c JOIN members m ON m.id = c.member_id
                  JOIN units mu ON mu.id = m.unit_id, units s
                 WHERE c.form_id = :f AND s.id = :u AND unit_within(mu.path, s.path)
                 ORDER BY c.commented_at DESC LIMIT :n""").param("f", formId).param("u", unitId).param("n", MAX_COMMENTS)
                .query((rs, n) -> new Comment(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }
}

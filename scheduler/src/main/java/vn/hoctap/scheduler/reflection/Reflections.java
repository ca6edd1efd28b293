package vn.hoctap.scheduler.reflection;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoctap.content.similarity.Candidate;
import vn.hoctap.content.similarity.Match;
import vn.hoctap.content.similarity.NearDuplicateDetector;

/**
 * Reflections and action plans: drafts grow message by message and are stored in PostgreSQL (so
 * neither an app restart nor a Redis restart loses them); submitting checks the length and, for
 * the reflection, compares it with the document and with other members' reflections on the same
 * assignment, keeping near-copies as flags with their score for the secretary.
 */
@Service
public class Reflections {

    public record Flag(String matched, double score) {
    }

    /** The submission is shorter or longer than allowed. */
    public static class LengthRefused extends RuntimeException {
        private final int words;

        public LengthRefused(int words) {
            super("length " + words + " words is outside the allowed range");
            this.words = words;
        }

        public int words() {
            return words;
        }
    }

    private static final RowMapper<Reflection> ROW = (rs, n) -> new Reflection(rs.getLong("id"), rs.getLong("member_id"),
            rs.getLong("assignment_id"), rs.getString("reflection_draft"), rs.getString("reflection"),
            rs.getTimestamp("reflection_at") == null ? null : rs.getTimestamp("reflection_at").toInstant(),
            rs.getString("plan_draft"), rs.getString("plan"),
            rs.getTimestamp("plan_at") == null ? null : rs.getTimestamp("plan_at").toInstant());

    private final JdbcClient jdbc;
    private final Clock clock;
    private final NearDuplicateDetector detector = new NearDuplicateDetector();
    private final int minWords;
    private final int maxWords;
    private final double threshold;

    public Reflections(JdbcClient jdbc, Clock clock, ReflectionProperties props) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.minWords = props.minWords();
        this.maxWords = props.maxWords();
        this.threshold = props.copyThreshold();
    }

    public int minWords() {
        return minWords;
    }

    public int maxWords() {
        return maxWords;
    }

    public Optional<Reflection> find(long memberId, long assignmentId) {
        return jdbc.sql("SELECT * FROM reflections WHERE member_id = :m AND assignment_id = :a").param("m", memberId)
                .param("a", assignmentId).query(ROW).optional();
    }

    public List<Reflection> ofMember(long memberId) {
        return jdbc.sql("SELECT * FROM reflections WHERE member_id = :m AND reflection_at IS NOT NULL ORDER BY reflection_at DESC")
                .param("m", memberId).query(ROW).list();
    }

    public List<Reflection> ofAssignment(long assignmentId) {
        return jdbc.sql("SELECT * FROM reflections WHERE assignment_id = :a AND reflection_at IS NOT NULL ORDER BY id")
                .param("a", assignmentId).query(ROW).list();
    }

    /** The submitted reflections of members inside {@code scope}'s subtree (all for {@code null}), in one query. */
    public List<Reflection> ofAssignment(long assignmentId, Long scope) {
        if (scope == null) {
            return ofAssignment(assignmentId);
        }
        return jdbc.sql("""
                SELECT r.* FROM reflections r JOIN members m ON m.id = r.member_id JOIN units u ON u.id = m.unit_id
                  JOIN units s ON s.id = :s AND unit_within(u.path, s.path)
                 WHERE r.assignment_id = :a AND r.reflection_at IS NOT NULL ORDER BY r.id""")
                .param("a", assignmentId).param("s", scope).query(ROW).list();
    }

    /** Adds a message to the draft; returns the whole draft. */
    @Transactional
    public String append(long memberId, long assignmentId, Reflection.Part part, String text) {
        String column = part == Reflection.Part.REFLECTION ? "reflection_draft" : "plan_draft";
        return jdbc.sql("""
                INSERT INTO reflections (member_id, assignment_id, %1$s, updated_at) VALUES (:m, :a, :t, :now)
                ON CONFLICT (member_id, assignment_id) DO UPDATE
                   SET %1$s = CASE WHEN reflections.%1$s = '' THEN EXCLUDED.%1$s ELSE reflections.%1$s || E'\\n\\n' || EXCLUDED.%1$s END,
                       updated_at = EXCLUDED.updated_at
                RETURNING %1$s""".formatted(column)).param("m", memberId).param("a", assignmentId).param("t", text.strip())
                .param("now", Timestamp.from(clock.instant())).query(String.class).single();
    }

    /** Empties the draft (the member starts over); what was submitted stays. */
    public void clearDraft(long memberId, long assignmentId, Reflection.Part part) {
        String column = part == Reflection.Part.REFLECTION ? "reflection_draft" : "plan_draft";
        jdbc.sql("UPDATE reflections SET " + column + " = '' WHERE member_id = :m AND assignment_id = :a").param("m", memberId)
                .param("a", assignmentId).update();
    }

    /** Submits the draft of one part; for the reflection also records near-copies. */
    @Transactional
    public Reflection submit(long memberId, long assignmentId, Reflection.Part part, String documentText) {
        Reflection r = find(memberId, assignmentId).orElseThrow(() -> new LengthRefused(0));
        String draft = r.draft(part);
        int words = Reflection.words(draft);
        if (words < minWords || words > maxWords) {
            throw new LengthRefused(words);
        }
        String prefix = part == Reflection.Part.REFLECTION ? "reflection" : "plan";
        jdbc.sql("UPDATE reflections SET " + prefix + " = :t, " + prefix + "_at = :now WHERE id = :id").param("t", draft)
                .param("now", Timestamp.from(clock.instant())).param("id", r.id()).update();
        if (part == Reflection.Part.REFLECTION) {
            recordFlags(r.id(), assignmentId, memberId, draft, documentText);
        }
        return find(memberId, assignmentId).orElseThrow();
    }

    private void recordFlags(long reflectionId, long assignmentId, long memberId, String text, String documentText) {
        List<Candidate> candidates = new ArrayList<>();
        candidates.add(new Candidate("document", documentText));
        for (Reflection other : ofAssignment(assignmentId)) {
            if (other.memberId() != memberId) {
                candidates.add(new Candidate("member:" + other.memberId(), other.reflection()));
            }
        }
        jdbc.sql("DELETE FROM reflection_flags WHERE reflection_id = :r").param("r", reflectionId).update();
        for (Match m : detector.matches(text, candidates, threshold)) {
            jdbc.sql("INSERT INTO reflection_flags (reflection_id, matched, score) VALUES (:r, :m, :s)").param("r", reflectionId)
                    .param("m", m.id()).param("s", Math.min(0.999, m.score())).update();
        }
    }

    public List<Flag> flags(long reflectionId) {
        return jdbc.sql("SELECT matched, score FROM reflection_flags WHERE reflection_id = :r ORDER BY score DESC")
                .param("r", reflectionId).query((rs, n) -> new Flag(rs.getString(1), rs.getDouble(2))).list();
    }
}

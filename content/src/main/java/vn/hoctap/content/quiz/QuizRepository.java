package vn.hoctap.content.quiz;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.hoctap.content.text.Folding;

/**
 * Stores quiz questions ({@code quiz_questions}). Authored questions are replaced as a whole when
 * their document is imported again; generated ones are added as drafts, never twice (same
 * {@link #fingerprint(QuizQuestion) fingerprint}) and never over a question an admin rejected.
 * Members only ever get {@link #approved(long) approved} questions.
 */
@Repository
public class QuizRepository {

    private static final RowMapper<QuizQuestion> ROW = QuizRepository::row;

    private final JdbcClient jdbc;

    public QuizRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Makes {@code questions} the document's authored questions, approved: authored questions no
     * longer in the list are deleted, unchanged ones (same fingerprint) keep their id so that
     * earlier answers still refer to them, new ones are inserted. A generated question with the
     * same fingerprint becomes the authored one. One transaction.
     *
     * @return the document's authored questions as stored, in the given order
     */
    @Transactional
    public List<QuizQuestion> replaceAuthored(long documentId, List<QuizQuestion> questions) {
        Map<String, QuizQuestion> byFingerprint = new LinkedHashMap<>();
        for (QuizQuestion q : questions) {
            byFingerprint.putIfAbsent(fingerprint(q), q);
        }
        jdbc.sql("""
                DELETE FROM quiz_questions
                 WHERE document_id = :d AND source = 'AUTHORED' AND NOT (fingerprint = ANY (:keep))
                """).param("d", documentId).param("keep", byFingerprint.keySet().toArray(String[]::new)).update();
        List<QuizQuestion> stored = new ArrayList<>();
        byFingerprint.forEach((fp, q) -> stored.add(jdbc.sql("""
                INSERT INTO quiz_questions (document_id, question, options, correct, explanation, source, status,
                                            source_sentence, fingerprint, reviewed_at)
                VALUES (:d, :question, :options, :correct, :explanation, 'AUTHORED', 'APPROVED', :sentence, :fp, now())
                ON CONFLICT ON CONSTRAINT quiz_questions_fingerprint DO UPDATE
                   SET question = EXCLUDED.question, options = EXCLUDED.options, correct = EXCLUDED.correct,
                       explanation = EXCLUDED.explanation, source = 'AUTHORED', status = 'APPROVED',
                       source_sentence = EXCLUDED.source_sentence,
                       reviewed_at = CASE WHEN quiz_questions.source = 'AUTHORED' AND quiz_questions.status = 'APPROVED'
                                          THEN quiz_questions.reviewed_at ELSE now() END
                RETURNING *
                """).param("d", documentId).param("question", q.question())
                .param("options", q.options().toArray(String[]::new))
                .param("correct", q.correct().toArray(Integer[]::new)).param("explanation", q.explanation())
                .param("sentence", q.sourceSentence()).param("fp", fp).query(ROW).single()));
        return List.copyOf(stored);
    }

    /**
     * Stores generated questions as DRAFT, skipping any whose fingerprint the document already has
     * (a draft from an earlier run, an approved or rejected question, an authored one).
     *
     * @return the questions actually added, with their ids
     */
    @Transactional
    public List<QuizQuestion> saveDrafts(long documentId, List<QuizQuestion> questions) {
        List<QuizQuestion> added = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (QuizQuestion q : questions) {
            String fp = fingerprint(q);
            if (!seen.add(fp)) {
                continue;
            }
            jdbc.sql("""
                    INSERT INTO quiz_questions (document_id, question, options, correct, explanation, source, status,
                                                source_sentence, fingerprint)
                    VALUES (:d, :question, :options, :correct, :explanation, 'GENERATED', 'DRAFT', :sentence, :fp)
                    ON CONFLICT ON CONSTRAINT quiz_questions_fingerprint DO NOTHING
                    RETURNING *
                    """).param("d", documentId).param("question", q.question())
                    .param("options", q.options().toArray(String[]::new))
                    .param("correct", q.correct().toArray(Integer[]::new)).param("explanation", q.explanation())
                    .param("sentence", q.sourceSentence()).param("fp", fp).query(ROW).optional().ifPresent(added::add);
        }
        return List.copyOf(added);
    }

    /** Members will see the question. @return false if there is no such question */
    public boolean approve(long id) {
        return review(id, QuizQuestion.Status.APPROVED);
    }

    /** Members will not see the question, and regenerating will not bring it back. @return false if there is no such question */
    public boolean reject(long id) {
        return review(id, QuizQuestion.Status.REJECTED);
    }

    public Optional<QuizQuestion> findById(long id) {
        return jdbc.sql("SELECT * FROM quiz_questions WHERE id = :id").param("id", id).query(ROW).optional();
    }

    /** Generated questions awaiting review, oldest first. */
    public List<QuizQuestion> drafts(long documentId) {
        return byStatus(documentId, QuizQuestion.Status.DRAFT);
    }

    /** What members may be asked: authored questions first, then approved generated ones. */
    public List<QuizQuestion> approved(long documentId) {
        return byStatus(documentId, QuizQuestion.Status.APPROVED);
    }

    /** Whether the document has any approved question: one index probe, no rows loaded (study screens ask it often). */
    public boolean hasApproved(long documentId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM quiz_questions WHERE document_id = :d AND status = 'APPROVED')")
                .param("d", documentId).query(Boolean.class).single();
    }

    /**
     * The question and its correct option(s), folded (no diacritics, lower case) with punctuation and
     * runs of spaces reduced to one space: "Điền vào chỗ trống: …" and "dien vao cho trong …" with the
     * same answer are the same question.
     */
    public static String fingerprint(QuizQuestion q) {
        StringBuilder sb = new StringBuilder(normalise(q.question())).append(" =>");
        q.correctOptions().stream().map(QuizRepository::normalise).sorted().forEach(o -> sb.append(" | ").append(o));
        return sb.toString();
    }

    private static String normalise(String text) {
        return Folding.fold(text).replaceAll("[^\\p{L}\\p{N}%]+", " ").strip();
    }

    private boolean review(long id, QuizQuestion.Status status) {
        return jdbc.sql("UPDATE quiz_questions SET status = :s, reviewed_at = now() WHERE id = :id")
                .param("s", status.name()).param("id", id).update() == 1;
    }

    private List<QuizQuestion> byStatus(long documentId, QuizQuestion.Status status) {
        return jdbc.sql("""
                SELECT * FROM quiz_questions WHERE document_id = :d AND status = :s
                 ORDER BY CASE source WHEN 'AUTHORED' THEN 0 ELSE 1 END, id
                """).param("d", documentId).param("s", status.name()).query(ROW).list();
    }

    private static QuizQuestion row(ResultSet rs, int n) throws SQLException {
        return new QuizQuestion(rs.getLong("id"), rs.getLong("document_id"), rs.getString("question"),
                Arrays.asList((String[]) array(rs.getArray("options"))),
                new HashSet<>(Arrays.asList((Integer[]) array(rs.getArray("correct")))), rs.getString("explanation"),
                QuizQuestion.Source.valueOf(rs.getString("source")), QuizQuestion.Status.valueOf(rs.getString("status")),
                rs.getString("source_sentence"));
    }

    private static Object array(Array array) throws SQLException {
        return array.getArray();
    }
}

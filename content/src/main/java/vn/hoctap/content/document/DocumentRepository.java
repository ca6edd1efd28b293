package vn.hoctap.content.document;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores documents and their sections in PostgreSQL. Saving the same identity again (for an
 * unnumbered text: kind, source, day and title) updates the
 * document and replaces its sections in one transaction. A generated summary never overwrites an
 * authored or admin-written one.
 */
@Repository
public class DocumentRepository {

    private static final RowMapper<Document> ROW = (rs, n) -> new Document(rs.getLong("id"),
            rs.getString("doc_type"), rs.getString("number"), rs.getString("issuer"),
            rs.getObject("issued_on", LocalDate.class), rs.getString("title"), rs.getString("summary"),
            rs.getString("term"), (Integer) rs.getObject("plenum"), strings(rs.getArray("key_points")),
            rs.getBoolean("summary_generated"));

    private static final RowMapper<StoredSection> SECTION = (rs, n) -> new StoredSection(rs.getLong("document_id"),
            rs.getInt("position"), rs.getInt("level"), rs.getString("heading"), rs.getString("body"));

    private final JdbcClient jdbc;

    public DocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts or updates by identity; the summary counts as authored. */
    public Document save(NewDocument doc) {
        return save(doc, false);
    }

    @Transactional
    public Document save(NewDocument doc, boolean summaryGenerated) {
        Document saved = jdbc.sql("""
                INSERT INTO documents (doc_type, number, issuer, issued_on, title, summary, term, plenum, key_points,
                                       summary_generated)
                VALUES (:type, :number, :issuer, :issuedOn, :title, :summary, :term, :plenum, :keyPoints, :generated)
                ON CONFLICT (doc_type, number, issuer, issued_on, (CASE WHEN number = '' THEN title ELSE '' END)) DO UPDATE
                   SET title = EXCLUDED.title, term = EXCLUDED.term, plenum = EXCLUDED.plenum,
                       key_points = EXCLUDED.key_points, updated_at = now(),
                       summary = CASE WHEN EXCLUDED.summary_generated AND NOT documents.summary_generated
                                           AND documents.summary IS NOT NULL
                                      THEN documents.summary ELSE EXCLUDED.summary END,
                       summary_generated = EXCLUDED.summary_generated AND
                                           (documents.summary_generated OR documents.summary IS NULL)
                RETURNING *
                """)
                .param("type", doc.type()).param("number", doc.number()).param("issuer", doc.issuer())
                .param("issuedOn", doc.issuedOn()).param("title", doc.title()).param("summary", doc.summary())
                .param("term", doc.term()).param("plenum", doc.plenum())
                .param("keyPoints", doc.keyPoints().toArray(String[]::new)).param("generated", summaryGenerated)
                .query(ROW).single();
        if (!doc.sections().isEmpty()) {
            jdbc.sql("DELETE FROM document_sections WHERE document_id = :id").param("id", saved.id()).update();
            for (int i = 0; i < doc.sections().size(); i++) {
                Section s = doc.sections().get(i);
                jdbc.sql("INSERT INTO document_sections (document_id, position, level, heading, body) VALUES (:d, :p, :l, :h, :b)")
                        .param("d", saved.id()).param("p", i).param("l", s.level()).param("h", s.heading())
                        .param("b", s.text()).update();
            }
        }
        return saved;
    }

    /** An admin's own summary: it replaces whatever was there and is never overwritten by a generated one. */
    public boolean replaceSummary(long id, String summary) {
        return jdbc.sql("UPDATE documents SET summary = :s, summary_generated = false, updated_at = now() WHERE id = :id")
                .param("s", NewDocument.nfc(summary.strip())).param("id", id).update() == 1;
    }

    public boolean exists(NewDocument doc) {
        return jdbc.sql("""
                SELECT count(*) FROM documents WHERE doc_type = :t AND number = :n AND issuer = :i AND issued_on = :d
                   AND (number <> '' OR title = :title)
                """)
                .param("t", doc.type()).param("n", doc.number()).param("i", doc.issuer()).param("d", doc.issuedOn())
                .param("title", doc.title())
                .query(Long.class).single() > 0;
    }

    public Optional<Document> findById(long id) {
        return jdbc.sql("SELECT * FROM documents WHERE id = :id").param("id", id).query(ROW).optional();
    }

    /** Only the summary (empty if the document or its summary is missing): study pages read it on every page turn. */
    public Optional<String> summaryOf(long id) {
        List<String> rows = jdbc.sql("SELECT summary FROM documents WHERE id = :id").param("id", id)
                .query((rs, n) -> rs.getString(1)).list();
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    public List<Document> findAll() {
        return jdbc.sql("SELECT * FROM documents ORDER BY issued_on, id").query(ROW).list();
    }

    /** The most recently issued documents first. */
    public List<Document> newest(int limit) {
        return jdbc.sql("SELECT * FROM documents ORDER BY issued_on DESC, id DESC LIMIT :n").param("n", limit).query(ROW).list();
    }

    public List<StoredSection> sections(long documentId) {
        return jdbc.sql("SELECT * FROM document_sections WHERE document_id = :id ORDER BY position")
                .param("id", documentId).query(SECTION).list();
    }

    public Optional<StoredSection> section(long documentId, int position) {
        return jdbc.sql("SELECT * FROM document_sections WHERE document_id = :id AND position = :p")
                .param("id", documentId).param("p", position).query(SECTION).optional();
    }

    public List<StoredSection> allSections() {
        return jdbc.sql("SELECT * FROM document_sections ORDER BY document_id, position").query(SECTION).list();
    }

    public java.time.OffsetDateTime lastUpdate() {
        java.time.OffsetDateTime last = jdbc.sql("SELECT max(updated_at) FROM documents")
                .query((rs, n) -> rs.getObject(1, java.time.OffsetDateTime.class)).list().get(0);
        return last == null ? java.time.OffsetDateTime.MIN : last;
    }

    /** Documents added or updated at or after the given time (an import on another instance). */
    public List<Document> updatedSince(java.time.OffsetDateTime since) {
        return jdbc.sql("SELECT * FROM documents WHERE updated_at >= :since ORDER BY id")
                .param("since", since.equals(java.time.OffsetDateTime.MIN) ? java.time.OffsetDateTime.parse("1970-01-01T00:00Z") : since)
                .query(ROW).list();
    }

    /** Changes whenever any document is added or updated: lets other instances notice imports. */
    public String version() {
        return jdbc.sql("SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM documents").query(String.class).single();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM documents").query(Long.class).single();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}

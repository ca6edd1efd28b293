package vn.hoctap.content.document;

import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores documents in PostgreSQL; saving the same identity again updates it instead of duplicating. */
@Repository
public class DocumentRepository {

    private static final RowMapper<Document> ROW = (rs, n) -> new Document(rs.getLong("id"),
            rs.getString("doc_type"), rs.getString("number"), rs.getString("issuer"),
            rs.getObject("issued_on", java.time.LocalDate.class), rs.getString("title"), rs.getString("summary"));

    private final JdbcClient jdbc;

    public DocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts or updates by identity and returns the stored document. */
    public Document save(NewDocument doc) {
        return jdbc.sql("""
                INSERT INTO documents (doc_type, number, issuer, issued_on, title, summary)
                VALUES (:type, :number, :issuer, :issuedOn, :title, :summary)
                ON CONFLICT ON CONSTRAINT documents_identity DO UPDATE
                   SET title = EXCLUDED.title, summary = EXCLUDED.summary, updated_at = now()
                RETURNING *
                """)
                .param("type", doc.type()).param("number", doc.number()).param("issuer", doc.issuer())
                .param("issuedOn", doc.issuedOn()).param("title", doc.title()).param("summary", doc.summary())
                .query(ROW).single();
    }

    public Optional<Document> findById(long id) {
        return jdbc.sql("SELECT * FROM documents WHERE id = :id").param("id", id).query(ROW).optional();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM documents").query(Long.class).single();
    }
}

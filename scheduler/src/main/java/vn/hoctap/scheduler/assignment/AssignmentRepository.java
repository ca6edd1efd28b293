package vn.hoctap.scheduler.assignment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Assignments and what each member has to study. A member is assigned everything given to a unit
 * on the path from the root to their own unit, which is one prefix match on the unit path.
 */
@Repository
public class AssignmentRepository {

    private static final String MEMBER_ASSIGNMENTS = """
            SELECT a.id, a.deadline, d.id AS document_id, d.number || '-' || d.doc_type || '/' || d.issuer AS code,
                   d.title, c.confirmed_at
              FROM members m
              JOIN units mu ON mu.id = m.unit_id
              JOIN assignments a ON a.starts_at <= :now
              JOIN units au ON au.id = a.unit_id AND unit_within(mu.path, au.path)
              JOIN documents d ON d.id = a.document_id
              LEFT JOIN confirmations c ON c.assignment_id = a.id AND c.member_id = m.id
             WHERE m.id = :member
            """;

    private static final RowMapper<MemberAssignment> ROW = (rs, n) -> new MemberAssignment(rs.getLong("id"),
            rs.getLong("document_id"), rs.getString("code"), rs.getString("title"),
            rs.getTimestamp("deadline").toInstant(), instant(rs.getTimestamp("confirmed_at")));

    private final JdbcClient jdbc;
    private final Clock clock;

    public AssignmentRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long create(long documentId, long unitId, Instant startsAt, Instant deadline) {
        return jdbc.sql("INSERT INTO assignments (document_id, unit_id, starts_at, deadline) VALUES (:d, :u, :s, :e) RETURNING id")
                .param("d", documentId).param("u", unitId).param("s", Timestamp.from(startsAt))
                .param("e", Timestamp.from(deadline)).query(Long.class).single();
    }

    /** Everything started that the member has to study, soonest deadline first. */
    public List<MemberAssignment> allFor(long memberId) {
        return jdbc.sql(MEMBER_ASSIGNMENTS + " ORDER BY a.deadline, a.id")
                .param("now", Timestamp.from(clock.instant())).param("member", memberId).query(ROW).list();
    }

    /** What is still worth showing in the study menu: not yet past the deadline, or not yet done. */
    public List<MemberAssignment> openFor(long memberId) {
        return openOf(allFor(memberId));
    }

    /** The open ones of a list {@link #allFor} returned: for callers that need both without a second query. */
    public List<MemberAssignment> openOf(List<MemberAssignment> all) {
        Instant now = clock.instant();
        return all.stream().filter(a -> !a.isDone() || !now.isAfter(a.deadline())).toList();
    }

    /** The assignment if, and only if, this member is assigned it: the check behind every button. */
    public Optional<MemberAssignment> findFor(long memberId, long assignmentId) {
        return jdbc.sql(MEMBER_ASSIGNMENTS + " AND a.id = :assignment")
                .param("now", Timestamp.from(clock.instant())).param("member", memberId)
                .param("assignment", assignmentId).query(ROW).optional();
    }

    public Optional<Long> documentOf(long assignmentId) {
        return jdbc.sql("SELECT document_id FROM assignments WHERE id = :id").param("id", assignmentId)
                .query(Long.class).optional();
    }

    static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}

package vn.hoctap.scheduler.assignment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records that a member opened and confirmed an assignment. Confirming is idempotent: the primary
 * key on (member, assignment) makes a double tap or a re-delivered update count once.
 */
@Service
public class StudyRecords {

    /** "Done" was asked for while the assignment's rules are not met yet. */
    public static class Incomplete extends RuntimeException {
        private final java.util.Set<CompletionCheck.Requirement> missing;

        public Incomplete(java.util.Set<CompletionCheck.Requirement> missing) {
            super("still missing: " + missing);
            this.missing = missing;
        }

        public java.util.Set<CompletionCheck.Requirement> missing() {
            return missing;
        }
    }

    private final JdbcClient jdbc;
    private final AssignmentRepository assignments;
    private final CompletionCheck completion;
    private final Clock clock;

    public StudyRecords(JdbcClient jdbc, AssignmentRepository assignments, CompletionCheck completion, Clock clock) {
        this.jdbc = jdbc;
        this.assignments = assignments;
        this.completion = completion;
        this.clock = clock;
    }

    /**
     * The member's running assignments of the document of assignment {@code :a} (a campaign's and their
     * unit's own; {@code :a} itself among them when running), with their campaign: what one reading or
     * one confirmation counts for. Parameters {@code :m}, {@code :a}, {@code :now}.
     */
    private static final String RUNNING_COPIES = """
            SELECT a.id, a.campaign_id
              FROM members m
              JOIN units mu ON mu.id = m.unit_id
              JOIN assignments a ON a.document_id = (SELECT document_id FROM assignments WHERE id = :a)
                                AND a.starts_at <= CAST(:now AS timestamptz) AND a.deadline > CAST(:now AS timestamptz)
              JOIN units au ON au.id = a.unit_id AND unit_within(mu.path, au.path)
             WHERE m.id = :m""";

    public void recordOpened(long memberId, long assignmentId) {
        Timestamp now = Timestamp.from(clock.instant());
        // Reading a document counts for every running assignment of it the member has (a campaign's and
        // their unit's own): the summary is the same, and asking them to open it twice would be absurd.
        // Assignments past their deadline are left as they were: an ended campaign's figures stay frozen.
        jdbc.sql("""
                INSERT INTO assignment_views (member_id, assignment_id, first_opened_at, last_opened_at)
                SELECT :m, opened.id, CAST(:now AS timestamptz), CAST(:now AS timestamptz)
                  FROM (SELECT CAST(:a AS bigint) AS id UNION SELECT id FROM (%s) copies) opened
                ON CONFLICT (member_id, assignment_id) DO UPDATE SET last_opened_at = EXCLUDED.last_opened_at
                """.formatted(RUNNING_COPIES)).param("m", memberId).param("a", assignmentId).param("now", now).update();
    }

    /**
     * Confirms the assignment for the member.
     *
     * @throws NoSuchElementException if the member is not assigned it (tampered or foreign button)
     * @throws Incomplete if the assignment's rules (summary read, quiz passed, reflection submitted) are not met
     */
    @Transactional
    public Confirmation confirm(long memberId, long assignmentId) {
        MemberAssignment assignment = assignments.findFor(memberId, assignmentId)
                .orElseThrow(() -> new NoSuchElementException("member " + memberId + " has no assignment " + assignmentId));
        if (!assignment.isDone()) {
            var missing = completion.missing(memberId, assignmentId);
            if (!missing.isEmpty()) {
                throw new Incomplete(missing);
            }
        }
        Instant now = clock.instant();
        List<Timestamp> inserted = jdbc.sql("""
                INSERT INTO confirmations (member_id, assignment_id, confirmed_at, study_seconds)
                VALUES (:m, :a, :now, (SELECT extract(epoch FROM (:now - first_opened_at))::bigint FROM assignment_views
                                        WHERE member_id = :m AND assignment_id = :a))
                ON CONFLICT (member_id, assignment_id) DO NOTHING RETURNING confirmed_at
                """).param("m", memberId).param("a", assignmentId).param("now", Timestamp.from(now))
                .query(Timestamp.class).list();
        if (!inserted.isEmpty()) {
            confirmTwins(memberId, assignmentId, now);
            return new Confirmation(memberId, assignmentId, inserted.get(0).toInstant(), true);
        }
        Timestamp earlier = jdbc.sql("SELECT confirmed_at FROM confirmations WHERE member_id = :m AND assignment_id = :a")
                .param("m", memberId).param("a", assignmentId).query(Timestamp.class).single();
        return new Confirmation(memberId, assignmentId, earlier.toInstant(), false);
    }

    /**
     * Having studied a document counts for the member's other running assignments of it (a campaign's
     * and the unit's own) whose own rules are met too: a campaign that also asks for a quiz or a
     * reflection keeps waiting for it. Ended assignments stay as they were.
     */
    private void confirmTwins(long memberId, long assignmentId, Instant now) {
        List<Long> twins = jdbc.sql("""
                SELECT r.id FROM (%s) r LEFT JOIN campaigns k ON k.id = r.campaign_id
                 WHERE r.id <> :a AND (r.campaign_id IS NULL OR k.status = 'ACTIVE')
                   AND NOT EXISTS (SELECT 1 FROM confirmations f WHERE f.member_id = :m AND f.assignment_id = r.id)""".formatted(RUNNING_COPIES))
                .param("m", memberId).param("a", assignmentId).param("now", Timestamp.from(now)).query(Long.class).list();
        if (twins.isEmpty()) {
            return;
        }
        var missing = completion.missingAll(memberId, twins);
        List<Long> met = twins.stream().filter(id -> missing.getOrDefault(id, java.util.EnumSet.of(CompletionCheck.Requirement.SUMMARY)).isEmpty())
                .toList();
        if (!met.isEmpty()) {
            jdbc.sql("""
                    INSERT INTO confirmations (member_id, assignment_id, confirmed_at)
                    SELECT :m, a, :now FROM unnest(CAST(:ids AS bigint[])) a ON CONFLICT (member_id, assignment_id) DO NOTHING""")
                    .param("m", memberId).param("now", Timestamp.from(now)).param("ids", met.toArray(new Long[0])).update();
        }
    }

    public Progress progressOf(long memberId) {
        return progressOf(assignments.allFor(memberId));
    }

    /** The progress over a list {@link AssignmentRepository#allFor} returned (no query of its own). */
    public static Progress progressOf(List<MemberAssignment> all) {
        int done = (int) all.stream().filter(MemberAssignment::isDone).count();
        return new Progress(done, all.size());
    }
}

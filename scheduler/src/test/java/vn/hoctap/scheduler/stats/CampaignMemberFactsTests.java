package vn.hoctap.scheduler.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.hoctap.content.testing.TestDatabase;

/**
 * {@code campaign_member_facts} (migration V20_0), which the dashboard reads "done" from, always says
 * what the fact tables say: after inserts, updates and deletes by any SQL, with drafts that change no
 * fact, and when two transactions write facts of one member at once.
 */
class CampaignMemberFactsTests {

    // The facts recomputed from the fact tables, the way the trigger must keep them.
    private static final String TRUTH = """
            SELECT a.campaign_id, x.member_id,
                   coalesce(array_agg(DISTINCT x.assignment_id) FILTER (WHERE x.kind = 1), '{}') AS confirmed,
                   coalesce(array_agg(DISTINCT x.assignment_id) FILTER (WHERE x.kind = 2), '{}') AS quiz,
                   coalesce(array_agg(DISTINCT x.assignment_id) FILTER (WHERE x.kind = 3), '{}') AS reflection,
                   max(x.at) AS last_confirmed_at
              FROM (SELECT member_id, assignment_id, 1 AS kind, confirmed_at AS at FROM confirmations
                    UNION ALL SELECT member_id, assignment_id, 2, NULL FROM quiz_attempts WHERE passed
                    UNION ALL SELECT member_id, assignment_id, 3, NULL FROM reflections WHERE reflection_at IS NOT NULL AND plan_at IS NOT NULL) x
              JOIN assignments a ON a.id = x.assignment_id WHERE a.campaign_id IS NOT NULL
             GROUP BY a.campaign_id, x.member_id""";
    private static final String KEPT = """
            SELECT campaign_id, member_id, confirmed, quiz, reflection, last_confirmed_at FROM campaign_member_facts
             WHERE cardinality(confirmed) + cardinality(quiz) + cardinality(reflection) > 0""";

    private final TestDatabase database = TestDatabase.perTest();
    private DashboardTree tree;

    @BeforeEach
    void buildTree() {
        tree = new DashboardTree(database.dataSource());
    }

    @Test
    void theFixtureFactsAreKeptAsWritten() {
        assertThat(kept()).isNotEmpty().containsExactlyInAnyOrderElementsOf(truth());
        assertThat(tree.jdbc.sql("SELECT cardinality(confirmed) FROM campaign_member_facts WHERE campaign_id = :c AND member_id = :m")
                .param("c", tree.main).param("m", tree.m1).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void updatesAndDeletesOfFactsAreFollowed() {
        long a1 = assignmentOf(tree.main, tree.doc1);
        long a2 = assignmentOf(tree.main, tree.doc2);
        // m6 failed the quiz of document 2; a retry that passes is an UPDATE of a new attempt.
        long attempt = tree.jdbc.sql("INSERT INTO quiz_attempts (member_id, assignment_id, mode) VALUES (:m, :a, 'INLINE') RETURNING id")
                .param("m", tree.m6).param("a", a2).query(Long.class).single();
        tree.jdbc.sql("UPDATE quiz_attempts SET finished_at = now(), score = 5, total = 5, passed = true WHERE id = :id").param("id", attempt).update();
        // m6's reflection of document 2 gets its plan: an UPDATE of plan_at.
        tree.jdbc.sql("UPDATE reflections SET plan = 'Kế hoạch', plan_at = now() WHERE member_id = :m AND assignment_id = :a")
                .param("m", tree.m6).param("a", a2).update();
        // m1's confirmation of document 2 is withdrawn; m2's confirmation moves to m5.
        tree.jdbc.sql("DELETE FROM confirmations WHERE member_id = :m AND assignment_id = :a").param("m", tree.m1).param("a", a2).update();
        tree.jdbc.sql("UPDATE confirmations SET member_id = :to WHERE member_id = :from AND assignment_id = :a")
                .param("to", tree.m5).param("from", tree.m2).param("a", a1).update();
        assertThat(kept()).containsExactlyInAnyOrderElementsOf(truth());
        assertThat(facts(tree.m6, "quiz")).containsExactly(a1, a2);
        assertThat(facts(tree.m6, "reflection")).containsExactly(a1, a2);
        assertThat(facts(tree.m1, "confirmed")).containsExactly(a1);
        assertThat(facts(tree.m2, "confirmed")).isEmpty();
        assertThat(facts(tree.m5, "confirmed")).containsExactly(a1);
    }

    @Test
    void aSavedDraftChangesNoFact() {
        String before = tree.jdbc.sql("SELECT xmin::text FROM campaign_member_facts WHERE campaign_id = :c AND member_id = :m")
                .param("c", tree.main).param("m", tree.m6).query(String.class).single();
        tree.jdbc.sql("UPDATE reflections SET plan_draft = 'Bản nháp kế hoạch' WHERE member_id = :m").param("m", tree.m6).update();
        String after = tree.jdbc.sql("SELECT xmin::text FROM campaign_member_facts WHERE campaign_id = :c AND member_id = :m")
                .param("c", tree.main).param("m", tree.m6).query(String.class).single();
        assertThat(after).as("the facts row was not rewritten").isEqualTo(before);
    }

    @Test
    void twoTransactionsWritingOneMembersFactsAtOnceLoseNeither() throws Exception {
        long a1 = assignmentOf(tree.main, tree.doc1);
        long a2 = assignmentOf(tree.main, tree.doc2);
        DataSource ds = database.dataSource();
        try (Connection first = ds.getConnection(); Connection second = ds.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            // m8 has no facts yet: both transactions create the row.
            execute(first, "INSERT INTO confirmations (member_id, assignment_id) VALUES (?, ?)", tree.m8, a1);
            CompletableFuture<Void> other = CompletableFuture.runAsync(() -> {
                try {
                    execute(second, "INSERT INTO confirmations (member_id, assignment_id) VALUES (?, ?)", tree.m8, a2);
                    second.commit();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitBlocked(ds);
            first.commit();
            other.get(20, TimeUnit.SECONDS);
        }
        assertThat(facts(tree.m8, "confirmed")).containsExactly(a1, a2);
        assertThat(kept()).containsExactlyInAnyOrderElementsOf(truth());
    }

    /** Waits until the second transaction waits for the first's lock, so the two really overlap. */
    private void awaitBlocked(DataSource ds) throws InterruptedException {
        for (int i = 0; i < 400; i++) {
            Long waiting = tree.jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")
                    .query(Long.class).single();
            if (waiting > 0) {
                return;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("the second writer never waited for the first");
    }

    private static void execute(Connection c, String sql, long member, long assignment) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, member);
            s.setLong(2, assignment);
            s.executeUpdate();
        }
    }

    private long assignmentOf(long campaign, long document) {
        return tree.jdbc.sql("SELECT id FROM assignments WHERE campaign_id = :c AND document_id = :d").param("c", campaign)
                .param("d", document).query(Long.class).single();
    }

    private List<Long> facts(long member, String column) {
        return tree.jdbc.sql("SELECT unnest(" + column + ") FROM campaign_member_facts WHERE campaign_id = :c AND member_id = :m")
                .param("c", tree.main).param("m", member).query(Long.class).list();
    }

    private List<List<Object>> kept() {
        return rows(KEPT);
    }

    private List<List<Object>> truth() {
        return rows(TRUTH);
    }

    private List<List<Object>> rows(String sql) {
        return tree.jdbc.sql("SELECT campaign_id, member_id, (SELECT array_agg(v ORDER BY v) FROM unnest(confirmed) v)::text,"
                + " (SELECT array_agg(v ORDER BY v) FROM unnest(quiz) v)::text, (SELECT array_agg(v ORDER BY v) FROM unnest(reflection) v)::text,"
                + " last_confirmed_at FROM (" + sql + ") r")
                .query((rs, n) -> List.<Object>of(rs.getLong(1), rs.getLong(2), String.valueOf(rs.getString(3)), String.valueOf(rs.getString(4)),
                        String.valueOf(rs.getString(5)), String.valueOf(rs.getTimestamp(6))))
                .list();
    }
}

package vn.hoctap.scheduler.stats;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoctap.scheduler.unit.Unit;

/**
 * Each member's standing in one campaign, as SQL shared by the results report and the dashboard.
 * It exists because the obvious query (one row per member and applicable assignment, with an EXISTS
 * per row for quiz and reflection) took 400-600 ms for a province of 100,000 members.
 *
 * <p>Instead each campaign assignment gets one bit. A unit's {@code need} is the OR of the bits of
 * the assignments whose audience contains it (computed once per unit, not per member); a member's
 * confirmations, passed quizzes and finished reflections of the campaign are OR-ed per member in one
 * hash aggregate; "studied" is then {@code confirmed & need = need}. Facts about assignments that do
 * not apply to the member (a member moved to another unit) are masked out by {@code need}, so this
 * counts exactly what "every applicable assignment" means. Up to 63 assignments the bits are a
 * bigint; beyond that a bit string (slower, same result).
 *
 * <p>{@link #sql} yields CTEs ending in {@code status}: one row per member (not LEFT) of the subtree who
 * must study the campaign, with {@code id, unit_id, child} (the id, as text, of the unit at
 * {@code :childPos} of the path), {@code studied, quiz, reflection, unreachable} and
 * {@code last_confirmed_at} (latest campaign confirmation, the moment a studied member finished).
 */
final class CampaignMemberStatus {

    private static final String SQL = """
            WITH ca AS MATERIALIZED (
                SELECT * FROM unnest(CAST('IDS' AS bigint[]), CAST('MASKS' AS MASKTYPE[]), CAST('PATHS' AS text[])) c(id, bit, path)),
            su AS MATERIALIZED (
                SELECT u.id, split_part(u.path, '/', CHILD_POS) AS child,
                       (SELECT bit_or(ca.bit) FROM ca WHERE unit_within(u.path, ca.path)) AS need
                  FROM UNIT_TABLE u WHERE u.path LIKE 'SUBTREE'),
            subtree_members AS (
                SELECT m.id FROM MEMBER_TABLE m JOIN su ON su.id = m.unit_id WHERE m.status <> 'LEFT' AND su.need IS NOT NULL),
            facts AS (
                SELECT cf.member_id, ca.bit, 1 AS kind, cf.confirmed_at AS at
                  FROM confirmations cf JOIN ca ON ca.id = cf.assignment_id WHERE true ONLY_SUBTREE(cf)
                EXTRA_FACTS),
            per_member AS (
                SELECT member_id, bit_or(bit) FILTER (WHERE kind = 1) AS confirmed, bit_or(bit) FILTER (WHERE kind = 2) AS quiz,
                       bit_or(bit) FILTER (WHERE kind = 3) AS reflection, max(at) AS last_confirmed_at
                  FROM facts GROUP BY member_id),
            status AS (
                SELECT m.id, m.unit_id, su.child,
                       coalesce(pm.confirmed & su.need = su.need, false) AS studied,
                       coalesce(pm.quiz & su.need = su.need, false) AS quiz,
                       coalesce(pm.reflection & su.need = su.need, false) AS reflection,
                       m.status = 'BLOCKED' OR m.telegram_user_id IS NULL AS unreachable,
                       pm.last_confirmed_at
                  FROM MEMBER_TABLE m JOIN su ON su.id = m.unit_id
                  LEFT JOIN per_member pm ON pm.member_id = m.id
                 WHERE m.status <> 'LEFT' AND su.need IS NOT NULL)
            """;

    // Passed quizzes and finished reflections; their "at" is null so last_confirmed_at stays the confirmation's.
    private static final String QUIZ_AND_REFLECTION_FACTS = """
            UNION ALL
                SELECT q.member_id, ca.bit, 2, NULL FROM quiz_attempts q JOIN ca ON ca.id = q.assignment_id
                 WHERE q.passed ONLY_SUBTREE(q)
                UNION ALL
                SELECT r.member_id, ca.bit, 3, NULL FROM reflections r JOIN ca ON ca.id = r.assignment_id
                 WHERE r.reflection_at IS NOT NULL AND r.plan_at IS NOT NULL ONLY_SUBTREE(r)""";

    private static final Pattern PATH = Pattern.compile("/[/0-9]*");

    private record Assignment(long id, String path) {
    }

    private final List<Assignment> assignments;
    private final CampaignTree tree;

    private CampaignMemberStatus(List<Assignment> assignments, CampaignTree tree) {
        this.assignments = assignments;
        this.tree = tree;
    }

    /** The campaign's assignments, read once: their ids, bits and audience paths are written into the query. */
    static CampaignMemberStatus of(JdbcClient jdbc, CampaignTree tree, long campaignId) {
        return new CampaignMemberStatus(jdbc.sql("SELECT a.id, au.path FROM assignments a JOIN " + tree.units()
                + " au ON au.id = a.unit_id WHERE a.campaign_id = :c ORDER BY a.id")
                .param("c", campaignId).query((rs, n) -> new Assignment(rs.getLong(1), rs.getString(2))).list(), tree);
    }

    /**
     * The CTEs for the subtree of {@code unit}, with {@code child} taken at path position
     * {@code childPos} ({@code unit.depth() + 3} = the unit's children); quiz and reflection columns are
     * always false unless {@code quizAndReflection}. When the subtree holds the campaign's whole
     * audience every fact of the campaign concerns it and is aggregated as is; otherwise the facts are
     * first limited to the subtree's members (a district of a province campaign: 10,000, not 100,000).
     *
     * <p>The values are written into the SQL, not bound: with parameters PostgreSQL estimated the
     * subtree blindly, and its generic plan (used after five runs) took 260 ms instead of 140. They are
     * numbers and unit paths ({@code /1/7/}, checked), so nothing can inject SQL. The assignment set
     * is a materialised CTE also because that keeps this plan serial: on two shared cores the parallel
     * plan PostgreSQL preferred was slower.
     */
    String sql(Unit unit, int childPos, boolean quizAndReflection) {
        boolean wholeAudience = assignments.stream().allMatch(a -> a.path().startsWith(unit.path()));
        String sql = SQL.replace("EXTRA_FACTS", quizAndReflection ? QUIZ_AND_REFLECTION_FACTS : "");
        for (String alias : List.of("cf", "q", "r")) {
            sql = sql.replace("ONLY_SUBTREE(" + alias + ")",
                    wholeAudience ? "" : "AND " + alias + ".member_id IN (SELECT id FROM subtree_members)");
        }
        return sql.replace("UNIT_TABLE", tree.units()).replace("MEMBER_TABLE", tree.members()).replace("MASKTYPE", wide() ? "varbit" : "bigint")
                .replace("IDS", array(assignments.stream().map(a -> Long.toString(a.id())).toList()))
                .replace("MASKS", array(IntStream.range(0, assignments.size()).mapToObj(this::mask).toList()))
                .replace("PATHS", array(assignments.stream().map(a -> '"' + checked(a.path()) + '"').toList()))
                .replace("CHILD_POS", Integer.toString(childPos)).replace("SUBTREE", checked(unit.path()) + "%");
    }

    private boolean wide() {
        return assignments.size() > 63;
    }

    private String mask(int i) {
        if (!wide()) {
            return Long.toString(1L << i);
        }
        char[] bits = "0".repeat(assignments.size()).toCharArray();
        bits[i] = '1';
        return new String(bits);
    }

    private static String checked(String path) {
        if (!PATH.matcher(path).matches()) {
            throw new IllegalStateException("unexpected unit path " + path);
        }
        return path;
    }

    private static String array(List<String> elements) {
        return elements.stream().collect(Collectors.joining(",", "{", "}"));
    }
}

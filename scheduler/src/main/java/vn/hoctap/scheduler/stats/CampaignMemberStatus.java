package vn.hoctap.scheduler.stats;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoctap.scheduler.unit.Unit;

/**
 * Each member's standing in one campaign as CTEs, shared by the results report and the dashboard's
 * figures so both always agree; the rule itself is {@link CampaignStanding}'s. A unit's {@code need} is
 * computed once per unit (not per member) and each member's facts are one indexed row, so a province
 * of 100,000 members is two hash joins instead of an aggregate of every confirmation, quiz and
 * reflection of the campaign (which took 150-800 ms).
 *
 * <p>{@link #sql} yields CTEs ending in {@code status}: one row per member (not LEFT) of the subtree who
 * must study the campaign, with {@code id, unit_id, child} (the id, as text, of the unit at
 * {@code :childPos} of the path), {@code studied, quiz, reflection, unreachable} and
 * {@code last_confirmed_at} (latest campaign confirmation, the moment a studied member finished).
 */
final class CampaignMemberStatus {

    private static final String SQL = """
            WITH ASSIGNMENTS,
            su AS MATERIALIZED (
                SELECT u.id, split_part(u.path, '/', CHILD_POS) AS child, NEED AS need FROM UNIT_TABLE u WHERE WITHIN),
            status AS (
                SELECT m.id, m.unit_id, su.child,
                       coalesce(f.confirmed @> su.need, false) AS studied,
                       coalesce(f.quiz @> su.need, false) AS quiz,
                       coalesce(f.reflection @> su.need, false) AS reflection,
                       m.status = 'BLOCKED' OR m.telegram_user_id IS NULL AS unreachable,
                       f.last_confirmed_at
                  FROM MEMBER_TABLE m JOIN su ON su.id = m.unit_id FACTS
                 WHERE m.status <> 'LEFT')
            """;

    private final CampaignStanding standing;
    private final CampaignTree tree;

    private CampaignMemberStatus(CampaignStanding standing, CampaignTree tree) {
        this.standing = standing;
        this.tree = tree;
    }

    /** The campaign's assignments, read once (from the frozen tree for an ended campaign). */
    static CampaignMemberStatus of(JdbcClient jdbc, CampaignTree tree, long campaignId) {
        return new CampaignMemberStatus(CampaignStanding.of(jdbc, tree.units(), campaignId), tree);
    }

    /**
     * The CTEs for the subtree of {@code unit}, with {@code child} taken at path position
     * {@code childPos} ({@code unit.depth() + 3} = the unit's children). The units are chosen by literal
     * path prefixes ({@link CampaignStanding#audienceWithin}), not a bound parameter: with a parameter
     * PostgreSQL estimated the subtree blindly and its generic plan (used after five runs) was twice as slow.
     */
    String sql(Unit unit, int childPos) {
        return SQL.replace("ASSIGNMENTS", standing.assignments()).replace("NEED", CampaignStanding.need("u.path"))
                .replace("FACTS", standing.facts("f", "m.id")).replace("UNIT_TABLE", tree.units())
                .replace("MEMBER_TABLE", tree.members()).replace("CHILD_POS", Integer.toString(childPos))
                .replace("WITHIN", standing.audienceWithin("u.path", unit.path()));
    }
}

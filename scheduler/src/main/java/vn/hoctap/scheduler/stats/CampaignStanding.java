package vn.hoctap.scheduler.stats;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one definition of a member's standing in a campaign, as SQL fragments for the results report,
 * the dashboard's figures and the members list: a member must study the campaign's assignments whose
 * audience contains their unit (the unit's {@code need}, worked out once per unit), and has
 * {@code studied} (confirmed), passed the quiz of, or written the reflection and plan of the campaign
 * when that fact holds for every assignment in {@code need}.
 *
 * <p>The facts come from {@code campaign_member_facts} (migration V20_0), one row per member and
 * campaign kept by triggers in the writer's transaction, instead of aggregating every confirmation of a
 * province on each page view. Which assignments apply is not stored but computed here per unit, so a
 * member or unit that moved, or an edited audience, is counted by where it is now (or, for an ended
 * campaign, by its frozen tree). A fact about an assignment that no longer applies is simply not asked for.
 *
 * <p>Assignment ids and audience paths are written into the SQL rather than bound (PostgreSQL then
 * estimates the subtree instead of planning blindly); they are the database's own numbers and paths,
 * checked against {@code /[/0-9]*}, so nothing can inject SQL.
 */
public final class CampaignStanding {

    private static final Pattern PATH = Pattern.compile("/[/0-9]*");

    private final long campaignId;
    private final List<Long> ids;
    private final List<String> paths;

    private CampaignStanding(long campaignId, List<Long> ids, List<String> paths) {
        this.campaignId = campaignId;
        this.ids = ids;
        this.paths = paths.stream().map(CampaignStanding::checked).toList();
    }

    /** No campaign: no assignment applies to anyone, so every fact is false. */
    public static CampaignStanding none() {
        return new CampaignStanding(0, List.of(), List.of());
    }

    /** The campaign's assignments with their audience in the live tree. */
    public static CampaignStanding of(JdbcClient jdbc, long campaignId) {
        return of(jdbc, "units", campaignId);
    }

    /** The campaign's assignments with their audience paths read from {@code unitTable} (live or frozen). */
    static CampaignStanding of(JdbcClient jdbc, String unitTable, long campaignId) {
        record Row(long id, String path) {
        }
        List<Row> rows = jdbc.sql("SELECT a.id, au.path FROM assignments a JOIN " + unitTable
                + " au ON au.id = a.unit_id WHERE a.campaign_id = :c ORDER BY a.id").param("c", campaignId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2))).list();
        return new CampaignStanding(campaignId, rows.stream().map(Row::id).toList(), rows.stream().map(Row::path).toList());
    }

    /** A CTE named {@code ca}: the campaign's assignments ({@code id, path}). */
    public String assignments() {
        return "ca AS MATERIALIZED (SELECT * FROM unnest(CAST('" + array(ids.stream().map(String::valueOf).toList())
                + "' AS bigint[]), CAST('" + array(paths.stream().map(p -> '"' + p + '"').toList()) + "' AS text[])) c(id, path))";
    }

    /** The ids of the assignments that apply to the unit whose path is {@code unitPath}, NULL when none does. */
    public static String need(String unitPath) {
        return "(SELECT array_agg(ca.id ORDER BY ca.id) FROM ca WHERE unit_within(" + unitPath + ", ca.path))";
    }

    /**
     * A condition on {@code pathColumn}: the unit is in the subtree of {@code subtreePath} and in some
     * assignment's audience, as literal prefixes ({@code u.path LIKE '/1/2/%' OR ...}) so PostgreSQL
     * estimates, and finds by the path index, exactly the units that matter (a district campaign seen
     * from the province: the district's units, not the province's).
     */
    public String audienceWithin(String pathColumn, String subtreePath) {
        String subtree = checked(subtreePath);
        List<String> prefixes = paths.stream().filter(p -> p.startsWith(subtree) || subtree.startsWith(p))
                .map(p -> p.length() > subtree.length() ? p : subtree).distinct().sorted().toList();
        // A prefix inside another adds nothing.
        List<String> outermost = prefixes.stream().filter(p -> prefixes.stream().noneMatch(q -> !q.equals(p) && p.startsWith(q))).toList();
        return outermost.isEmpty() ? "false"
                : outermost.stream().map(p -> pathColumn + " LIKE '" + p + "%'").collect(Collectors.joining(" OR ", "(", ")"));
    }

    /** A LEFT JOIN of the member's facts in this campaign as {@code alias}. */
    public String facts(String alias, String memberId) {
        return " LEFT JOIN campaign_member_facts " + alias + " ON " + alias + ".campaign_id = " + campaignId + " AND "
                + alias + ".member_id = " + memberId;
    }

    /** True when the fact column ({@code f.confirmed}, {@code f.quiz}, {@code f.reflection}) holds every needed assignment. */
    public static String holds(String factColumn, String need) {
        return "(" + need + " IS NOT NULL AND coalesce(" + factColumn + " @> " + need + ", false))";
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

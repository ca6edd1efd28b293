package vn.hoctap.scheduler.member;

import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The dashboard's members list with search, filters, sorting and numbered pages, over a province of
 * 100,000 members in well under 300 ms: one filtered, sorted and paged query for the rows and one
 * count. Names sort by Vietnamese rules (ICU collation {@code vi-x-icu}), given name first as the
 * rest of the dashboard does.
 */
@Service
public class MemberSearch {

    /** One page of the list and how many members match in all. */
    public record Page(List<MemberRow> rows, long total, int page, int pages) {
    }

    // Done in a campaign = confirmed every assignment of the campaign that applies to the member's unit.
    // As in the results report (CampaignMemberStatus): each assignment gets one bit; a unit's "need" is
    // the OR of the bits of the assignments over it (once per unit), a member's confirmations are OR-ed
    // in one hash aggregate; done = confirmed & need = need. Facts about assignments that do not apply
    // (a member who moved) are masked out by need. Correlated subqueries per member took seconds.
    private static final String BITS = """
            WITH ca AS MATERIALIZED (SELECT * FROM unnest(CAST('%s' AS bigint[]), CAST('%s' AS bigint[]), CAST('%s' AS text[])) c(id, bit, path)),
            su AS MATERIALIZED (SELECT u.id, (SELECT bit_or(ca.bit) FROM ca WHERE unit_within(u.path, ca.path)) AS need
                                  FROM units u WHERE u.path LIKE :subtree),
            pm AS (SELECT cf.member_id, bit_or(ca.bit) AS confirmed FROM confirmations cf JOIN ca ON ca.id = cf.assignment_id
                    GROUP BY cf.member_id)
            """;
    private static final String CAMPAIGN_JOINS = " LEFT JOIN su ON su.id = u.id LEFT JOIN pm ON pm.member_id = m.id";
    private static final String DONE = "(su.need IS NOT NULL AND coalesce(pm.confirmed, 0) & su.need = su.need)";
    /** Above 63 assignments the bits do not fit a bigint: the per-member form (slow, same result). */
    private static final String APPLIES = "FROM assignments a JOIN units au ON au.id = a.unit_id WHERE a.campaign_id = :c AND unit_within(u.path, au.path)";
    private static final String SLOW_DONE = """
            (EXISTS (SELECT 1 %1$s) AND NOT EXISTS (SELECT 1 %1$s AND NOT EXISTS (
                SELECT 1 FROM confirmations x WHERE x.member_id = m.id AND x.assignment_id = a.id)))""".formatted(APPLIES);
    private static final String NAME = "regexp_replace(m.full_name, '^.*\\s', '') COLLATE \"vi-x-icu\" %1$s, m.full_name COLLATE \"vi-x-icu\" %1$s";

    private final JdbcClient jdbc;

    public MemberSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page find(MemberQuery q) {
        String subtree = jdbc.sql("SELECT path FROM units WHERE id = :id").param("id", q.unitId()).query(String.class).optional()
                .orElseThrow(() -> new NoSuchElementException("unit " + q.unitId())) + "%";
        String with = q.campaignId() == null ? "" : bits(q.campaignId());
        String done = with.isEmpty() ? SLOW_DONE : DONE;
        StringBuilder where = new StringBuilder(" FROM members m JOIN units u ON u.id = m.unit_id")
                .append(with.isEmpty() ? "" : CAMPAIGN_JOINS).append(" WHERE u.path LIKE :subtree AND m.status <> 'LEFT'");
        if (q.text() != null) {
            where.append(" AND (m.full_name ILIKE :q OR m.external_ref ILIKE :q)");
        }
        if (q.linked() != null) {
            where.append(q.linked() ? " AND m.telegram_user_id IS NOT NULL" : " AND m.telegram_user_id IS NULL");
        }
        if (q.status() != null) {
            where.append(" AND m.status = :status");
        }
        if (q.done() != null) {
            where.append(q.done() ? " AND " : " AND NOT ").append(done);
        }
        String dir = q.descending() ? "DESC" : "ASC";
        // Without a chosen column, the tree's order (byte order of the path: cheap) and names within each unit.
        String order = q.sort() == null ? "u.path, " + NAME.formatted("ASC") + ", m.id" : switch (q.sort()) {
            case NAME -> NAME.formatted(dir) + ", m.id";
            case REF -> "m.external_ref " + dir + " NULLS LAST, m.id";
            case UNIT -> "u.name COLLATE vi_natural " + dir + ", u.id, " + NAME.formatted("ASC") + ", m.id";
        };
        String like = q.text() == null ? null : "%" + q.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        long total = bind(jdbc.sql(with + "SELECT count(*)" + where), q, subtree, like).query(Long.class).single();
        int pages = (int) Math.max(1, (total + q.pageSize() - 1) / q.pageSize());
        int page = Math.min(q.page(), pages - 1);
        List<MemberRow> rows = bind(jdbc.sql(with + "SELECT m.id, m.full_name, m.external_ref, u.name AS unit_name, u.id AS unit_id, m.status, "
                + "m.telegram_user_id IS NOT NULL AS linked, " + (q.campaignId() == null ? "false" : done) + " AS studied"
                + where + " ORDER BY " + order + " OFFSET :offset LIMIT :limit"), q, subtree, like)
                .param("offset", (long) page * q.pageSize()).param("limit", q.pageSize())
                .query((rs, n) -> new MemberRow(rs.getLong("id"), rs.getString("full_name"), rs.getString("external_ref"),
                        rs.getString("unit_name"), rs.getLong("unit_id"), MemberStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("linked"), rs.getBoolean("studied"), false, false)).list();
        return new Page(rows, total, page, pages);
    }

    /** The bit CTEs for a campaign of up to 63 assignments (ids and paths are the database's own digits, inlined). */
    private String bits(long campaignId) {
        List<String[]> rows = jdbc.sql("SELECT a.id, au.path FROM assignments a JOIN units au ON au.id = a.unit_id WHERE a.campaign_id = :c ORDER BY a.id")
                .param("c", campaignId).query((rs, n) -> new String[] {Long.toString(rs.getLong(1)), rs.getString(2)}).list();
        if (rows.isEmpty() || rows.size() > 63 || rows.stream().anyMatch(r -> !r[1].matches("[/0-9]+"))) {
            return rows.isEmpty() ? BITS.formatted("{}", "{}", "{}") : "";
        }
        StringBuilder ids = new StringBuilder("{");
        StringBuilder bits = new StringBuilder("{");
        StringBuilder paths = new StringBuilder("{");
        for (int i = 0; i < rows.size(); i++) {
            String sep = i == 0 ? "" : ",";
            ids.append(sep).append(rows.get(i)[0]);
            bits.append(sep).append(1L << i);
            paths.append(sep).append('"').append(rows.get(i)[1]).append('"');
        }
        return BITS.formatted(ids.append('}'), bits.append('}'), paths.append('}'));
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, MemberQuery q, String subtree, String like) {
        spec = spec.param("subtree", subtree).param("c", q.campaignId() == null ? -1L : q.campaignId());
        if (like != null) {
            spec = spec.param("q", like);
        }
        if (q.status() != null) {
            spec = spec.param("status", q.status().name());
        }
        return spec;
    }
}

package vn.hoctap.scheduler.member;

import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The dashboard's members list with search, filters, sorting and numbered pages, over a province of
 * 100,000 members in well under 300 ms: a count and one filtered, sorted and paged query. With a
 * campaign, whose "done" filter aggregates every confirmation of the campaign, the page query also
 * counts the matches ({@code count(*) OVER ()}) so that work is done once, not twice (a separate count
 * only when the page asked for lies past the end); without one the count stays apart, so the page
 * query can stop after a page.
 * Names sort by Vietnamese rules (ICU collation {@code vi-x-icu}), given name first as the rest of the
 * dashboard does; the given name is kept with the row ({@code members.given_name}, migration V16_0).
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
    private static final String NAME = "m.given_name COLLATE \"vi-x-icu\" %1$s, m.full_name COLLATE \"vi-x-icu\" %1$s";

    private final JdbcClient jdbc;

    public MemberSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page find(MemberQuery q) {
        String path = jdbc.sql("SELECT path FROM units WHERE id = :id").param("id", q.unitId()).query(String.class).optional()
                .orElseThrow(() -> new NoSuchElementException("unit " + q.unitId()));
        if (!path.matches("/[/0-9]*")) {
            throw new IllegalStateException("unexpected unit path " + path);
        }
        // The subtree is written into the SQL (digits and slashes, checked): bound, it made PostgreSQL's generic
        // plan (used after five runs of a prepared statement) guess 28 units for a province, walk units one by one
        // and ignore the trigram indexes: 1.5 s for a search answered in 1 ms with the pattern in view.
        String subtree = "'" + path + "%'";
        String with = q.campaignId() == null ? "" : bits(q.campaignId()).replace(":subtree", subtree);
        String done = with.isEmpty() ? SLOW_DONE : DONE;
        StringBuilder where = new StringBuilder(" FROM members m JOIN units u ON u.id = m.unit_id")
                .append(with.isEmpty() ? "" : CAMPAIGN_JOINS).append(" WHERE u.path LIKE " + subtree + " AND m.status <> 'LEFT'");
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
        String select = with + "SELECT m.id, m.full_name, m.external_ref, u.name AS unit_name, u.id AS unit_id, m.status, "
                + "m.telegram_user_id IS NOT NULL AS linked, " + (q.campaignId() == null ? "false" : done) + " AS studied";
        String tail = where + " ORDER BY " + order + " OFFSET :offset LIMIT :limit";
        long[] total = {0};
        int page;
        List<MemberRow> found;
        if (q.campaignId() == null) {
            // Cheap filters: a count apart, so the page query may stop early (the first page in tree order walks
            // units by path and stops after a page, where a count in the same query would read every member).
            total[0] = bind(jdbc.sql("SELECT count(*)" + where), q, like).query(Long.class).single();
            page = (int) Math.min(q.page(), Math.max(0, (total[0] + q.pageSize() - 1) / q.pageSize() - 1));
            found = page(select + ", 0 AS total" + tail, q, like, page, new long[1]);
        } else {
            // The campaign's facts are aggregated for every member of the subtree whatever the page: once, with the count.
            String rows = select + ", count(*) OVER () AS total" + tail;
            page = q.page();
            found = page(rows, q, like, page, total);
            if (found.isEmpty() && page > 0) {
                // Past the last page: count, then show the last page, as the numbered links promise.
                total[0] = bind(jdbc.sql(with + "SELECT count(*)" + where), q, like).query(Long.class).single();
                page = (int) Math.max(0, (total[0] + q.pageSize() - 1) / q.pageSize() - 1);
                found = page(rows, q, like, page, total);
            }
        }
        int pages = (int) Math.max(1, (total[0] + q.pageSize() - 1) / q.pageSize());
        return new Page(found, total[0], page, pages);
    }

    /** One page of rows; the count of all matches, carried by every row, goes to {@code total[0]} when there are rows. */
    private List<MemberRow> page(String sql, MemberQuery q, String like, int page, long[] total) {
        return bind(jdbc.sql(sql), q, like).param("offset", (long) page * q.pageSize()).param("limit", q.pageSize())
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return new MemberRow(rs.getLong("id"), rs.getString("full_name"), rs.getString("external_ref"),
                            rs.getString("unit_name"), rs.getLong("unit_id"), MemberStatus.valueOf(rs.getString("status")),
                            rs.getBoolean("linked"), rs.getBoolean("studied"), false, false);
                }).list();
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

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, MemberQuery q, String like) {
        spec = spec.param("c", q.campaignId() == null ? -1L : q.campaignId());
        if (like != null) {
            spec = spec.param("q", like);
        }
        if (q.status() != null) {
            spec = spec.param("status", q.status().name());
        }
        return spec;
    }
}

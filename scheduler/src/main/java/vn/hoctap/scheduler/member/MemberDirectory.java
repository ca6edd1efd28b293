package vn.hoctap.scheduler.member;

import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The dashboard's member list for a unit subtree, one page at a time. Order: by unit (path), then as
 * Vietnamese rosters are kept, by given name (the last word of the full name), then full name, with
 * PostgreSQL's ICU Vietnamese collation ("vi-x-icu"), so Đ sorts after D and paging is stable.
 * The campaign columns are computed for the page's members only.
 */
@Service
public class MemberDirectory {

    // An assignment of the campaign that applies to the member of row p.
    private static final String APPLIES = """
            FROM assignments a JOIN units au ON au.id = a.unit_id WHERE a.campaign_id = :c AND unit_within(p.path, au.path)""";

    private final JdbcClient jdbc;

    public MemberDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Members (not LEFT) of the unit's subtree with their standing in the campaign (null: none). */
    public List<MemberRow> list(long unitId, Long campaignId, int offset, int limit) {
        String subtree = subtree(unitId);
        return jdbc.sql("""
                WITH p AS (
                    SELECT m.id, m.full_name, m.external_ref, u.name AS unit_name, u.id AS unit_id, u.path, m.status,
                           m.telegram_user_id IS NOT NULL AS linked
                      FROM members m JOIN units u ON u.id = m.unit_id
                     WHERE u.path LIKE :subtree AND m.status <> 'LEFT'
                     ORDER BY u.path, regexp_replace(m.full_name, '^.*\\s', '') COLLATE "vi-x-icu", m.full_name COLLATE "vi-x-icu", m.id
                    OFFSET :offset LIMIT :limit)
                SELECT p.*,
                       EXISTS (SELECT 1 %1$s) AND NOT EXISTS (SELECT 1 %1$s AND NOT EXISTS (
                           SELECT 1 FROM confirmations x WHERE x.member_id = p.id AND x.assignment_id = a.id)) AS studied,
                       EXISTS (SELECT 1 %1$s) AND NOT EXISTS (SELECT 1 %1$s AND NOT EXISTS (
                           SELECT 1 FROM quiz_attempts x WHERE x.member_id = p.id AND x.assignment_id = a.id AND x.passed)) AS quiz,
                       EXISTS (SELECT 1 %1$s) AND NOT EXISTS (SELECT 1 %1$s AND NOT EXISTS (
                           SELECT 1 FROM reflections x WHERE x.member_id = p.id AND x.assignment_id = a.id
                              AND x.reflection_at IS NOT NULL AND x.plan_at IS NOT NULL)) AS reflection
                  FROM p ORDER BY p.path, regexp_replace(p.full_name, '^.*\\s', '') COLLATE "vi-x-icu", p.full_name COLLATE "vi-x-icu", p.id
                """.formatted(APPLIES)).param("subtree", subtree).param("offset", offset).param("limit", limit)
                .param("c", campaignId == null ? -1L : campaignId) // no campaign has id -1: all three false
                .query((rs, n) -> new MemberRow(rs.getLong("id"), rs.getString("full_name"), rs.getString("external_ref"),
                        rs.getString("unit_name"), rs.getLong("unit_id"), MemberStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("linked"), rs.getBoolean("studied"), rs.getBoolean("quiz"), rs.getBoolean("reflection")))
                .list();
    }

    /** Members (not LEFT) of the unit's subtree. */
    public long count(long unitId) {
        return jdbc.sql("SELECT count(*) FROM members m JOIN units u ON u.id = m.unit_id WHERE u.path LIKE :subtree AND m.status <> 'LEFT'")
                .param("subtree", subtree(unitId)).query(Long.class).single();
    }

    private String subtree(long unitId) {
        return jdbc.sql("SELECT path FROM units WHERE id = :id").param("id", unitId).query(String.class).optional()
                .orElseThrow(() -> new NoSuchElementException("unit " + unitId)) + "%";
    }
}

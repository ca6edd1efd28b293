package vn.hoctap.scheduler.member;

import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.hoctap.scheduler.stats.CampaignStanding;

/**
 * The dashboard's member list for a unit subtree, one page at a time. Order: by unit (path), then as
 * Vietnamese rosters are kept, by given name (the last word of the full name), then full name, with
 * PostgreSQL's ICU Vietnamese collation ("vi-x-icu"), so Đ sorts after D and paging is stable.
 * The campaign columns are computed for the page's members only.
 */
@Service
public class MemberDirectory {

    private final JdbcClient jdbc;

    public MemberDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Members (not LEFT) of the unit's subtree with their standing in the campaign (null: none). */
    public List<MemberRow> list(long unitId, Long campaignId, int offset, int limit) {
        String subtree = subtree(unitId);
        // A query with no campaign asks for none of its assignments: all three columns false.
        CampaignStanding standing = campaignId == null ? CampaignStanding.none() : CampaignStanding.of(jdbc, campaignId);
        return jdbc.sql("""
                WITH %1$s, p AS (
                    SELECT m.id, m.full_name, m.given_name, m.external_ref, u.name AS unit_name, u.id AS unit_id, u.path, m.status,
                           m.telegram_user_id IS NOT NULL AS linked, %2$s AS need
                      FROM members m JOIN units u ON u.id = m.unit_id
                     WHERE u.path LIKE :subtree AND m.status <> 'LEFT'
                     ORDER BY u.path, m.given_name COLLATE "vi-x-icu", m.full_name COLLATE "vi-x-icu", m.id
                    OFFSET :offset LIMIT :limit)
                SELECT p.*, %3$s AS studied, %4$s AS quiz, %5$s AS reflection
                  FROM p %6$s ORDER BY p.path, p.given_name COLLATE "vi-x-icu", p.full_name COLLATE "vi-x-icu", p.id
                """.formatted(standing.assignments(), CampaignStanding.need("u.path"), CampaignStanding.holds("f.confirmed", "p.need"),
                        CampaignStanding.holds("f.quiz", "p.need"), CampaignStanding.holds("f.reflection", "p.need"),
                        standing.facts("f", "p.id")))
                .param("subtree", subtree).param("offset", offset).param("limit", limit)
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

package vn.hoctap.scheduler.stats;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoctap.scheduler.unit.Unit;
import vn.hoctap.scheduler.unit.UnitLevel;
import vn.hoctap.scheduler.unit.UnitRepository;

/**
 * The organisation a campaign's figures are read from: the live tree, or, once the campaign ended and
 * the tree changed ({@link vn.hoctap.scheduler.unit.OrganisationHistory}), the copy kept for it, so a
 * past campaign's report never changes when a commune moves or two cells merge. Table expressions are
 * written into SQL; they contain only the campaign id, a number.
 */
final class CampaignTree {

    private static final String FROZEN_UNITS = """
            (SELECT id, parent_id, level, name, path, depth, NULL::text AS code, NULL::timestamptz AS closed_at
               FROM campaign_frozen_units WHERE campaign_id = %d)""";
    private static final String FROZEN_MEMBERS = """
            (SELECT id, unit_id, full_name, status, telegram_user_id FROM campaign_frozen_members WHERE campaign_id = %d)""";

    private final JdbcClient jdbc;
    private final UnitRepository live;
    private final long campaignId;
    private final boolean frozen;

    private CampaignTree(JdbcClient jdbc, UnitRepository live, long campaignId, boolean frozen) {
        this.jdbc = jdbc;
        this.live = live;
        this.campaignId = campaignId;
        this.frozen = frozen;
    }

    static CampaignTree of(JdbcClient jdbc, UnitRepository live, long campaignId) {
        boolean frozen = jdbc.sql("SELECT frozen_at IS NOT NULL FROM campaigns WHERE id = :c").param("c", campaignId)
                .query(Boolean.class).optional().orElse(false);
        return new CampaignTree(jdbc, live, campaignId, frozen);
    }

    boolean frozen() {
        return frozen;
    }

    /** The units table (or its frozen copy) as a FROM item. */
    String units() {
        return frozen ? FROZEN_UNITS.formatted(campaignId) : "units";
    }

    /** The members table (or its frozen copy) as a FROM item, with the columns the stats read. */
    String members() {
        return frozen ? FROZEN_MEMBERS.formatted(campaignId) : "members";
    }

    /** The unit as it was in the campaign; a unit created after the campaign froze is taken live (nobody of the campaign is in it). */
    Optional<Unit> unit(long id) {
        if (frozen) {
            Optional<Unit> kept = jdbc.sql("SELECT * FROM " + units() + " u WHERE id = :id").param("id", id).query(CampaignTree::row).optional();
            if (kept.isPresent()) {
                return kept;
            }
        }
        return live.findById(id);
    }

    List<Unit> children(long id) {
        if (!frozen) {
            return live.children(id);
        }
        return jdbc.sql("SELECT * FROM " + units() + " u WHERE parent_id = :id ORDER BY name, id").param("id", id)
                .query(CampaignTree::row).list();
    }

    private static Unit row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Unit(rs.getLong("id"), (Long) rs.getObject("parent_id"), UnitLevel.valueOf(rs.getString("level")),
                rs.getString("name"), rs.getString("path"), rs.getInt("depth"));
    }
}

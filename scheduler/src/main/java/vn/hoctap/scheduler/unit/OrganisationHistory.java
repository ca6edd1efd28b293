package vn.hoctap.scheduler.unit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the results of ended campaigns as they were. Before anything reshapes the organisation (a unit
 * moved, merged or closed, members moved or marked as left by a roster), every campaign whose deadline
 * has passed and that is not frozen yet gets a copy of the units and of its audience's members; its
 * stats and reports read that copy from then on. Each campaign is copied at most once, so the cost is
 * one copy of its audience per campaign, paid by the first reorganisation after its deadline.
 */
@Component
public class OrganisationHistory {

    private static final Logger log = LoggerFactory.getLogger(OrganisationHistory.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    public OrganisationHistory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Call inside the transaction that changes the organisation, before the change. */
    public void freezeEndedCampaigns() {
        Timestamp now = Timestamp.from(clock.instant());
        List<Long> ended = jdbc.sql("""
                SELECT id FROM campaigns WHERE frozen_at IS NULL AND deadline < :now ORDER BY id FOR UPDATE""")
                .param("now", now).query(Long.class).list();
        for (long campaign : ended) {
            jdbc.sql("""
                    INSERT INTO campaign_frozen_units (campaign_id, id, parent_id, level, name, path, depth)
                    SELECT :c, id, parent_id, level, name, path, depth FROM units""").param("c", campaign).update();
            int members = jdbc.sql("""
                    INSERT INTO campaign_frozen_members (campaign_id, id, unit_id, full_name, status, telegram_user_id)
                    SELECT DISTINCT ON (m.id) :c, m.id, m.unit_id, m.full_name, m.status, m.telegram_user_id
                      FROM members m JOIN units u ON u.id = m.unit_id
                      JOIN assignments a ON a.campaign_id = :c JOIN units au ON au.id = a.unit_id AND unit_within(u.path, au.path)""")
                    .param("c", campaign).update();
            jdbc.sql("UPDATE campaigns SET frozen_at = :now WHERE id = :c").param("now", now).param("c", campaign).update();
            log.info("Campaign {} ended: its organisation ({} members) is kept as it was", campaign, members);
        }
        if (!ended.isEmpty()) {
            // Fresh statistics: without them the planner estimates the copies at one row each.
            jdbc.sql("ANALYZE campaign_frozen_units, campaign_frozen_members").update();
        }
    }
}

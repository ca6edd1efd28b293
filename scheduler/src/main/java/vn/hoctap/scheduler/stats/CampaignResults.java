package vn.hoctap.scheduler.stats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.hoctap.scheduler.unit.Unit;
import vn.hoctap.scheduler.unit.UnitRepository;

/**
 * The figures of a results report (báo cáo kết quả học tập) for a campaign: per child unit and in
 * total, members who must study, who finished every campaign document, who passed the quiz of every
 * document, and who submitted a reflection and action plan for every document. One grouped query over
 * {@link CampaignMemberStatus}, which the dashboard shares.
 */
@Service
public class CampaignResults {

    /** One line of the report. */
    public record Line(Unit unit, long members, long studied, long quizPassed, long reflections) {

        public double studiedPercent() {
            return members == 0 ? 0 : Math.round(studied * 1000.0 / members) / 10.0;
        }

        public long notDone() {
            return members - studied;
        }
    }

    /** {@code startsAt} and {@code deadline}: the campaign's period, which the filed report states. */
    public record Report(long campaignId, String campaignName, Line total, List<Line> children, java.time.Instant startsAt,
            java.time.Instant deadline) {
    }

    private final JdbcClient jdbc;
    private final UnitRepository units;

    public CampaignResults(JdbcClient jdbc, UnitRepository units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    public Report forUnit(long unitId, long campaignId) {
        CampaignTree tree = CampaignTree.of(jdbc, units, campaignId);
        Unit unit = tree.unit(unitId).orElseThrow(() -> new NoSuchElementException("unit " + unitId));
        record Row(String name, java.time.Instant startsAt, java.time.Instant deadline) {
        }
        Row campaign = jdbc.sql("SELECT name, starts_at, deadline FROM campaigns WHERE id = :c").param("c", campaignId)
                .query((rs, n) -> new Row(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant())).optional()
                .orElseThrow(() -> new NoSuchElementException("campaign " + campaignId));
        Map<String, long[]> byChild = new HashMap<>();
        CampaignMemberStatus status = CampaignMemberStatus.of(jdbc, tree, campaignId);
        jdbc.sql(status.sql(unit, unit.depth() + 3) + """
                SELECT child, count(*), count(*) FILTER (WHERE studied), count(*) FILTER (WHERE quiz),
                       count(*) FILTER (WHERE reflection)
                  FROM status GROUP BY child""")
                .query((rs, n) -> byChild.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)}))
                .list();
        long[] sum = new long[4];
        byChild.values().forEach(v -> {
            for (int i = 0; i < 4; i++) {
                sum[i] += v[i];
            }
        });
        List<Line> children = tree.children(unitId).stream().map(child -> {
            long[] v = byChild.getOrDefault(Long.toString(child.id()), new long[4]);
            return new Line(child, v[0], v[1], v[2], v[3]);
        }).sorted(java.util.Comparator.comparing(l -> l.unit().name(), vn.hoctap.scheduler.unit.VietnameseOrder.NAMES)).toList();
        return new Report(campaignId, campaign.name(), new Line(unit, sum[0], sum[1], sum[2], sum[3]), children, campaign.startsAt(),
                campaign.deadline());
    }
}

package vn.hoctap.scheduler.stats;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoctap.scheduler.unit.Unit;

/**
 * The dashboard's figures for one campaign and subtree in one query: per child unit (members,
 * studied, quiz passed, reflections, unreachable) and, through a second grouping set over the same
 * member rows, how many members finished on each local day (the day of their last confirmation).
 */
record CampaignFigures(Map<String, long[]> byChild, Map<LocalDate, Long> finishedByDay) {

    static CampaignFigures of(JdbcClient jdbc, CampaignTree tree, Unit unit, long campaignId, ZoneId zone) {
        CampaignMemberStatus status = CampaignMemberStatus.of(jdbc, tree, campaignId);
        Map<String, long[]> byChild = new HashMap<>();
        Map<LocalDate, Long> byDay = new TreeMap<>();
        jdbc.sql(status.sql(unit, unit.depth() + 3) + """
                SELECT GROUPING(child) AS per_day, child, day, count(*) AS members, count(*) FILTER (WHERE studied) AS studied,
                       count(*) FILTER (WHERE quiz) AS quiz, count(*) FILTER (WHERE reflection) AS reflection,
                       count(*) FILTER (WHERE unreachable) AS unreachable
                  FROM (SELECT s.*, CASE WHEN s.studied THEN (s.last_confirmed_at AT TIME ZONE :zone)::date END AS day
                          FROM status s) s
                 GROUP BY GROUPING SETS ((child), (day))""").param("zone", zone.getId()).query((rs, n) -> {
            if (rs.getInt("per_day") == 0) {
                byChild.put(rs.getString("child"), new long[] {rs.getLong("members"), rs.getLong("studied"), rs.getLong("quiz"),
                        rs.getLong("reflection"), rs.getLong("unreachable")});
            } else {
                Date day = rs.getDate("day");
                if (day != null) {
                    byDay.put(day.toLocalDate(), rs.getLong("studied"));
                }
            }
            return n;
        }).list();
        return new CampaignFigures(byChild, byDay);
    }

    long[] total() {
        long[] sum = new long[5];
        byChild.values().forEach(v -> {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += v[i];
            }
        });
        return sum;
    }

    UnitProgress progress(Unit unit, long[] v) {
        return new UnitProgress(unit, v[0], v[1], v[2], v[3], v[4]);
    }

    /** Every day from {@code first} to {@code last}, zero days included; cumulative counts earlier days too. */
    List<DailyCount> days(LocalDate first, LocalDate last) {
        long cumulative = finishedByDay.entrySet().stream().filter(e -> e.getKey().isBefore(first)).mapToLong(Map.Entry::getValue).sum();
        List<DailyCount> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            long count = finishedByDay.getOrDefault(d, 0L);
            cumulative += count;
            days.add(new DailyCount(d, count, cumulative));
        }
        return days;
    }
}

package vn.hoctap.scheduler.stats;

import java.time.Instant;
import java.util.List;

/**
 * One line of the dashboard's campaign list, with figures restricted to the asked unit's subtree.
 * {@code status} is {@code campaigns.status} (ACTIVE; cancelled campaigns are not listed).
 * {@code lastSevenDays}: the six days before today and today, members who finished each day.
 */
public record CampaignSummary(long campaignId, String name, Instant deadline, String status, long members, long studied,
        double percent, List<DailyCount> lastSevenDays) {
}

package vn.hoctap.scheduler.stats;

import java.time.Instant;
import java.util.List;

/**
 * A campaign seen from one unit: the subtree's total, each direct child unit (Vietnamese alphabetical
 * order, every child even with nobody to study) and, for each day from the campaign's start day to
 * today or its deadline day (whichever is first), the members of the subtree who finished that day.
 */
public record CampaignProgress(long campaignId, String campaignName, Instant startsAt, Instant deadline, UnitProgress total,
        List<UnitProgress> children, List<DailyCount> confirmationsByDay) {
}

package vn.hoctap.scheduler.campaign;

import java.time.Instant;
import java.util.List;

/** What an admin or secretary asks for when creating a campaign. */
public record NewCampaign(String name, List<Long> documentIds, List<Long> unitIds, Instant startsAt, Instant deadline,
        Campaign.CompletionRules rules, Campaign.ReminderSettings reminders, boolean paidBroadcast, int laggingPercent) {

    public NewCampaign {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("campaign name is required");
        }
        if (documentIds == null || documentIds.isEmpty()) {
            throw new IllegalArgumentException("a campaign needs at least one document");
        }
        if (unitIds == null || unitIds.isEmpty()) {
            throw new IllegalArgumentException("a campaign needs at least one unit in its audience");
        }
        if (startsAt == null || deadline == null || !deadline.isAfter(startsAt)) {
            throw new IllegalArgumentException("the deadline must be after the start");
        }
        rules = rules == null ? new Campaign.CompletionRules(true, false, false, 80) : rules;
        if (rules.passMark() < 0 || rules.passMark() > 100) {
            throw new IllegalArgumentException("pass mark is a percentage (0-100)");
        }
        reminders = reminders == null ? Campaign.ReminderSettings.defaults() : reminders;
        laggingPercent = laggingPercent <= 0 ? 80 : Math.min(laggingPercent, 100);
        documentIds = List.copyOf(documentIds);
        unitIds = List.copyOf(unitIds);
    }
}

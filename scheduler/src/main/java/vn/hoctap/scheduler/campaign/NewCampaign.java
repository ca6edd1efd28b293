package vn.hoctap.scheduler.campaign;

import java.time.Instant;
import java.util.List;

import vn.hoctap.scheduler.rules.RuleViolation;

/** What an admin or secretary asks for when creating a campaign. */
public record NewCampaign(String name, List<Long> documentIds, List<Long> unitIds, Instant startsAt, Instant deadline,
        Campaign.CompletionRules rules, Campaign.ReminderSettings reminders, boolean paidBroadcast, int laggingPercent) {

    public NewCampaign {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("name", "rule.campaign.nameRequired", "campaign name is required");
        }
        if (documentIds == null || documentIds.isEmpty()) {
            throw new RuleViolation("documentIds", "rule.campaign.noDocument", "a campaign needs at least one document");
        }
        if (unitIds == null || unitIds.isEmpty()) {
            throw new RuleViolation("unitIds", "rule.campaign.noAudience", "a campaign needs at least one unit in its audience");
        }
        if (startsAt == null || deadline == null || !deadline.isAfter(startsAt)) {
            throw new RuleViolation("deadline", "rule.campaign.deadlineBeforeStart", "the deadline must be after the start");
        }
        rules = rules == null ? new Campaign.CompletionRules(true, false, false, 80) : rules;
        if (rules.passMark() < 0 || rules.passMark() > 100) {
            throw new RuleViolation("passMark", "rule.campaign.passMark", "pass mark is a percentage (0-100)");
        }
        reminders = reminders == null ? Campaign.ReminderSettings.defaults() : reminders;
        laggingPercent = laggingPercent <= 0 ? 80 : Math.min(laggingPercent, 100);
        documentIds = List.copyOf(documentIds);
        unitIds = List.copyOf(unitIds);
    }

    /** The same campaign with the standard reminder plan and no paid broadcast (what a secretary may create). */
    public NewCampaign withStandardPlan() {
        return new NewCampaign(name, documentIds, unitIds, startsAt, deadline, rules, Campaign.ReminderSettings.defaults(), false,
                laggingPercent);
    }
}

package vn.hoctap.scheduler.campaign;

import java.time.Instant;
import java.util.List;

import vn.hoctap.scheduler.rules.RuleViolation;

/** What an admin or secretary asks for when creating a campaign. */
public record NewCampaign(String name, List<Long> documentIds, List<Long> unitIds, Instant startsAt, Instant deadline,
        Campaign.CompletionRules rules, Campaign.ReminderSettings reminders, boolean paidBroadcast, int laggingPercent) {

    /** Characters of a campaign's name: it is shown in Telegram messages and buttons. */
    public static final int MAX_NAME = 200;
    /** Documents in one campaign, and units in its audience (each unit takes its whole subtree). */
    public static final int MAX_DOCUMENTS = 50;
    public static final int MAX_UNITS = 500;

    public NewCampaign {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("name", "rule.campaign.nameRequired", "campaign name is required");
        }
        name = name.strip();
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException("campaign name: at most " + MAX_NAME + " characters (it has " + name.length() + ")");
        }
        if (documentIds == null || documentIds.isEmpty()) {
            throw new RuleViolation("documentIds", "rule.campaign.noDocument", "a campaign needs at least one document");
        }
        if (documentIds.size() > MAX_DOCUMENTS) {
            throw new IllegalArgumentException("a campaign has at most " + MAX_DOCUMENTS + " documents");
        }
        if (unitIds == null || unitIds.isEmpty()) {
            throw new RuleViolation("unitIds", "rule.campaign.noAudience", "a campaign needs at least one unit in its audience");
        }
        if (unitIds.size() > MAX_UNITS) {
            throw new IllegalArgumentException("a campaign's audience has at most " + MAX_UNITS + " units (each takes its whole subtree)");
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

    /** The same campaign keeping {@code current}'s reminder plan and paid broadcast (what a secretary may edit). */
    public NewCampaign withPlanOf(Campaign current) {
        return new NewCampaign(name, documentIds, unitIds, startsAt, deadline, rules, current.reminders(), current.paidBroadcast(),
                laggingPercent);
    }
}

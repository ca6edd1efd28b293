package vn.hoctap.bot.campaigns;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

import vn.hoctap.scheduler.campaign.Campaign;
import vn.hoctap.scheduler.campaign.NewCampaign;
import vn.hoctap.scheduler.rules.RuleViolation;

/**
 * The campaign form as the user typed it, bound by Spring so a refused form comes back with every
 * value kept (documents, units, dates, the plan) and each message beside its field. Mutable
 * because the binder fills it field by field and must keep what it could not convert.
 */
public class CampaignForm {

    private String name;
    private List<Long> documentIds = new ArrayList<>();
    private List<Long> unitIds = new ArrayList<>();
    // The formats of <input type="datetime-local"> and <input type="time">, whatever the page's language.
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime startsAt;
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime deadline;
    private boolean requireQuiz;
    private boolean requireReflection;
    // Numbers are kept as typed (text): a refused "abc" or "-5" comes back as it was, not as the last good value.
    private String passMark = "80";
    private String offsetDays = "7, 3, 1";
    private boolean deadlineMorning = true;
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime quietStart = LocalTime.of(21, 0);
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime quietEnd = LocalTime.of(7, 0);
    private boolean skipSundays;
    private boolean skipHolidays;
    private boolean paidBroadcast;
    private String laggingPercent = "80";

    /** The form filled with a campaign's current values (the edit page). */
    static CampaignForm of(Campaign c, List<Long> documentIds, List<Long> unitIds, ZoneId zone) {
        CampaignForm f = new CampaignForm();
        f.name = c.name();
        f.documentIds = new ArrayList<>(documentIds);
        f.unitIds = new ArrayList<>(unitIds);
        f.startsAt = LocalDateTime.ofInstant(c.startsAt(), zone).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        f.deadline = LocalDateTime.ofInstant(c.deadline(), zone).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        f.requireQuiz = c.rules().requireQuiz();
        f.requireReflection = c.rules().requireReflection();
        f.passMark = Integer.toString(c.rules().passMark());
        f.offsetDays = String.join(", ", c.reminders().offsets().stream().map(d -> Long.toString(d.toDays())).toList());
        f.deadlineMorning = c.reminders().deadlineMorning();
        f.quietStart = c.reminders().quietStart();
        f.quietEnd = c.reminders().quietEnd();
        f.skipSundays = c.reminders().skipSundays();
        f.skipHolidays = c.reminders().skipHolidays();
        f.paidBroadcast = c.paidBroadcast();
        f.laggingPercent = Integer.toString(c.laggingPercent());
        return f;
    }

    /** Puts a refusal beside its field (or above the form when it names none), so the page shows it with what was typed. */
    static void reject(BindingResult binding, RuleViolation e) {
        if (e.field() == null) {
            binding.reject(e.key(), e.args(), e.getMessage());
        } else {
            binding.rejectValue(e.field(), e.key(), e.args(), e.getMessage());
        }
    }

    /**
     * Marks every refused number at once (pass mark, lagging threshold, reminder days) beside its
     * field, before the service is asked, which would name only the first. The fields hold the text
     * as typed, so the page shows it back exactly; left empty, a percentage takes its default (80).
     */
    void checkNumbers(BindingResult binding) {
        checkPercent(binding, "passMark", passMark, 0, "rule.campaign.passMark", "pass mark is a percentage (0-100)");
        checkPercent(binding, "laggingPercent", laggingPercent, 1, "rule.campaign.lagging", "lagging threshold is a percentage (1-100)");
        if (!binding.hasFieldErrors("offsetDays")) {
            try {
                offsets();
            } catch (RuleViolation e) {
                reject(binding, e);
            }
        }
    }

    /** The request for the campaign service; throws {@link RuleViolation} naming the field at fault. */
    NewCampaign toRequest(ZoneId zone) {
        Campaign.ReminderSettings reminders = new Campaign.ReminderSettings(offsets(), deadlineMorning,
                quietStart == null ? LocalTime.of(21, 0) : quietStart, quietEnd == null ? LocalTime.of(7, 0) : quietEnd,
                skipSundays, skipHolidays);
        int lagging = percent(laggingPercent);
        if (lagging < 1 || lagging > 100) {
            throw new RuleViolation("laggingPercent", "rule.campaign.lagging", "lagging threshold is a percentage (1-100)");
        }
        int pass = percent(passMark);
        return new NewCampaign(name, documentIds, unitIds, startsAt == null ? null : startsAt.atZone(zone).toInstant(),
                deadline == null ? null : deadline.atZone(zone).toInstant(),
                new Campaign.CompletionRules(true, requireQuiz, requireReflection, pass), reminders, paidBroadcast, lagging);
    }

    private static void checkPercent(BindingResult binding, String field, String typed, int min, String key, String english) {
        if (binding.hasFieldErrors(field)) {
            return;
        }
        int value = percent(typed);
        if (value == Integer.MIN_VALUE) {
            binding.rejectValue(field, "typeMismatch.java.lang.Integer", "not a number");
        } else if (value < min || value > 100) {
            binding.rejectValue(field, key, english);
        }
    }

    /** The typed percentage; 80 when left empty, {@link Integer#MIN_VALUE} when not a whole number. */
    private static int percent(String typed) {
        if (typed == null || typed.isBlank()) {
            return 80;
        }
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            return Integer.MIN_VALUE;
        }
    }

    /** "7, 3, 1" as reminder offsets; each 1 to 60 days. */
    private List<Duration> offsets() {
        List<Duration> out = new ArrayList<>();
        for (String part : (offsetDays == null ? "" : offsetDays).split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            int days;
            try {
                days = Integer.parseInt(part.trim());
            } catch (NumberFormatException e) {
                days = -1;
            }
            if (days < 1 || days > 60 || out.size() >= 10) {
                throw new RuleViolation("offsetDays", "rule.campaign.offsets", "reminder days: up to 10 numbers from 1 to 60");
            }
            out.add(Duration.ofDays(days));
        }
        return out;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public List<Long> getDocumentIds() { return documentIds; }
    public void setDocumentIds(List<Long> documentIds) { this.documentIds = documentIds == null ? new ArrayList<>() : documentIds; }
    public List<Long> getUnitIds() { return unitIds; }
    public void setUnitIds(List<Long> unitIds) { this.unitIds = unitIds == null ? new ArrayList<>() : unitIds; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
    public LocalDateTime getDeadline() { return deadline; }
    public void setDeadline(LocalDateTime deadline) { this.deadline = deadline; }
    public boolean isRequireQuiz() { return requireQuiz; }
    public void setRequireQuiz(boolean requireQuiz) { this.requireQuiz = requireQuiz; }
    public boolean isRequireReflection() { return requireReflection; }
    public void setRequireReflection(boolean requireReflection) { this.requireReflection = requireReflection; }
    public String getPassMark() { return passMark; }
    public void setPassMark(String passMark) { this.passMark = passMark; }
    public String getOffsetDays() { return offsetDays; }
    public void setOffsetDays(String offsetDays) { this.offsetDays = offsetDays; }
    public boolean isDeadlineMorning() { return deadlineMorning; }
    public void setDeadlineMorning(boolean deadlineMorning) { this.deadlineMorning = deadlineMorning; }
    public LocalTime getQuietStart() { return quietStart; }
    public void setQuietStart(LocalTime quietStart) { this.quietStart = quietStart; }
    public LocalTime getQuietEnd() { return quietEnd; }
    public void setQuietEnd(LocalTime quietEnd) { this.quietEnd = quietEnd; }
    public boolean isSkipSundays() { return skipSundays; }
    public void setSkipSundays(boolean skipSundays) { this.skipSundays = skipSundays; }
    public boolean isSkipHolidays() { return skipHolidays; }
    public void setSkipHolidays(boolean skipHolidays) { this.skipHolidays = skipHolidays; }
    public boolean isPaidBroadcast() { return paidBroadcast; }
    public void setPaidBroadcast(boolean paidBroadcast) { this.paidBroadcast = paidBroadcast; }
    public String getLaggingPercent() { return laggingPercent; }
    public void setLaggingPercent(String laggingPercent) { this.laggingPercent = laggingPercent; }
}

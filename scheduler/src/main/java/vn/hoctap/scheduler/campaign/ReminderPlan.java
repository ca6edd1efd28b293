package vn.hoctap.scheduler.campaign;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The steps of a campaign's reminder plan with their (window-adjusted) times: the announcement at
 * the start, reminders at each offset before the deadline, the deadline morning, and after the
 * deadline the escalation to the level above. Steps before the start, and reminders on the day of the
 * announcement, are dropped.
 */
public final class ReminderPlan {

    public enum Kind {
        ANNOUNCE, REMIND, ESCALATE
    }

    /** A step with a stable key (part of the Quartz job identity and of the outbox uniqueness). */
    public record Step(String key, Kind kind, Instant at) {
    }

    static final LocalTime MORNING = LocalTime.of(7, 30);

    private ReminderPlan() {
    }

    public static List<Step> of(Campaign c, DeliveryWindow window, ZoneId zone) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("announce", Kind.ANNOUNCE, window.next(c.startsAt())));
        for (Duration offset : c.reminders().offsets()) {
            Instant at = c.deadline().minus(offset);
            if (at.isAfter(c.startsAt())) {
                steps.add(new Step("remind-" + offset, Kind.REMIND, window.next(at)));
            }
        }
        if (c.reminders().deadlineMorning()) {
            ZonedDateTime morning = c.deadline().atZone(zone).toLocalDate().atTime(MORNING).atZone(zone);
            if (morning.toInstant().isAfter(c.startsAt()) && morning.toInstant().isBefore(c.deadline())) {
                steps.add(new Step("deadline-morning", Kind.REMIND, window.next(morning.toInstant())));
            }
        }
        ZonedDateTime after = c.deadline().atZone(zone).toLocalDate().plusDays(1).atTime(LocalTime.of(8, 0)).atZone(zone);
        steps.add(new Step("escalate", Kind.ESCALATE, window.next(after.toInstant())));
        // A reminder moved past the deadline by the window is useless; one on the announcement's own day (D-7 of a
        // seven-day campaign, hours after "the campaign opens") only repeats it. Keep order by time.
        java.time.LocalDate announced = steps.get(0).at().atZone(zone).toLocalDate();
        steps.removeIf(s -> s.kind() == Kind.REMIND
                && (!s.at().isBefore(c.deadline()) || !s.at().atZone(zone).toLocalDate().isAfter(announced)));
        steps.sort(Comparator.comparing(Step::at));
        return dedupeByTime(steps);
    }

    /**
     * The plan after {@code deadlineRevision} deadline changes: reminder and escalation keys get a
     * {@code -r<n>} suffix so they are new steps; the announcement keeps its key (it never repeats).
     */
    public static List<Step> of(Campaign c, DeliveryWindow window, ZoneId zone, int deadlineRevision) {
        List<Step> plan = of(c, window, zone);
        if (deadlineRevision == 0) {
            return plan;
        }
        return plan.stream().map(s -> s.kind() == Kind.ANNOUNCE ? s : new Step(s.key() + "-r" + deadlineRevision, s.kind(), s.at()))
                .toList();
    }

    /** Two reminders pushed to the same morning by quiet hours or days off become one. */
    private static List<Step> dedupeByTime(List<Step> steps) {
        List<Step> out = new ArrayList<>();
        for (Step s : steps) {
            boolean sameMomentReminder = !out.isEmpty() && s.kind() == Kind.REMIND
                    && out.get(out.size() - 1).kind() == Kind.REMIND && out.get(out.size() - 1).at().equals(s.at());
            if (!sameMomentReminder) {
                out.add(s);
            }
        }
        return out;
    }
}

package vn.hoctap.scheduler.campaign;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

/**
 * A study campaign (đợt học tập): documents for an audience of unit subtrees by a deadline, with
 * what "done" requires and how members are reminded.
 */
public record Campaign(long id, String name, Long ownerUnitId, Instant startsAt, Instant deadline, Status status,
        CompletionRules rules, ReminderSettings reminders, boolean paidBroadcast, int laggingPercent) {

    public enum Status {
        ACTIVE, CANCELLED
    }

    /** What a member must have done for an assignment to count (issue of quizzes and reflections). */
    public record CompletionRules(boolean requireSummary, boolean requireQuiz, boolean requireReflection, int passMark) {
    }

    /**
     * Reminders before the deadline (offsets such as 7, 3 and 1 days), an optional reminder on the
     * deadline's morning, quiet hours (local time) and whether Sundays and public holidays are skipped.
     */
    public record ReminderSettings(List<Duration> offsets, boolean deadlineMorning, LocalTime quietStart, LocalTime quietEnd,
            boolean skipSundays, boolean skipHolidays) {

        public static ReminderSettings defaults() {
            return new ReminderSettings(List.of(Duration.ofDays(7), Duration.ofDays(3), Duration.ofDays(1)), true,
                    LocalTime.of(21, 0), LocalTime.of(7, 0), false, false);
        }
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }
}

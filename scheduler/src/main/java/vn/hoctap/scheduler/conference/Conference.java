package vn.hoctap.scheduler.conference;

import java.time.Duration;
import java.time.Instant;

/**
 * A study conference of a campaign (hội nghị học tập, quán triệt): broadcast to connection points
 * between {@code startsAt} and {@code endsAt}; absentees get {@code makeupDays} to study afterwards.
 */
public record Conference(long id, long campaignId, String name, Instant startsAt, Instant endsAt, int makeupDays, Status status) {

    /** Check-in opens this long before the start, so people arriving early are counted. */
    public static final Duration CHECK_IN_OPENS_BEFORE = Duration.ofMinutes(30);

    public enum Status {
        PLANNED, ENDED, CANCELLED
    }

    public boolean checkInOpen(Instant now) {
        return status == Status.PLANNED && !now.isBefore(startsAt.minus(CHECK_IN_OPENS_BEFORE)) && !now.isAfter(endsAt);
    }
}

package vn.hoctap.scheduler.assignment;

import java.time.Instant;

/** The outcome of "I have studied it": {@code recordedNow} is false when it had been confirmed before. */
public record Confirmation(long memberId, long assignmentId, Instant confirmedAt, boolean recordedNow) {
}

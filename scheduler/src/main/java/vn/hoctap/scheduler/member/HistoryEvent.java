package vn.hoctap.scheduler.member;

import java.time.Instant;

/**
 * Something that happened to or was done by a member. {@code kind}: LINKED, OPENED, CONFIRMED, QUIZ,
 * REFLECTION, PLAN or MESSAGE (a bulk message sent or that could not be sent); {@code detail} is
 * Vietnamese text for the dashboard.
 */
record HistoryEvent(Instant at, String kind, String detail) {
}

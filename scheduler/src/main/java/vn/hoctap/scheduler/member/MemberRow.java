package vn.hoctap.scheduler.member;

/**
 * A line of the dashboard's member list. {@code linked}: has a Telegram account; the three booleans
 * are the member's standing in the asked campaign (every applicable assignment), false without one.
 */
public record MemberRow(long id, String fullName, String externalRef, String unitName, long unitId, MemberStatus status,
        boolean linked, boolean studied, boolean quizPassed, boolean reflection) {
}

package vn.hoctap.scheduler.member;

/**
 * ACTIVE and BLOCKED (the member blocked the bot, so Telegram refuses delivery) still have to
 * study and count in stats; LEFT members no longer belong to the organisation.
 */
public enum MemberStatus {
    ACTIVE, BLOCKED, LEFT
}

package vn.hoctap.bot.onboarding;

import java.time.Instant;

import vn.hoctap.scheduler.member.Member;

/** What happened when someone used an invitation code. */
public record Redemption(Outcome outcome, Member member, Instant expiredAt) {

    public enum Outcome {
        LINKED, ALREADY_LINKED, UNKNOWN_CODE, USED_CODE, EXPIRED_CODE, SUPERSEDED_CODE, ACCOUNT_LINKED_TO_OTHER, MEMBER_LINKED_ELSEWHERE,
        MEMBER_INACTIVE
    }

    static Redemption of(Outcome outcome) {
        return new Redemption(outcome, null, null);
    }
}

package vn.hoctap.bot.onboarding;

/**
 * A member's party record was just linked to their Telegram account, inside the linking transaction:
 * features that sent messages before the member was reachable (a conference's convocation) catch up.
 */
public record MemberLinked(long memberId) {
}

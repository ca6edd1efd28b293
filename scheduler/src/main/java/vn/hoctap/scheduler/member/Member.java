package vn.hoctap.scheduler.member;

/** A party member, linked to a Telegram account once they accept an invitation. */
public record Member(long id, long unitId, String fullName, Long telegramUserId, MemberStatus status) {

    public boolean isLinked() {
        return telegramUserId != null;
    }
}

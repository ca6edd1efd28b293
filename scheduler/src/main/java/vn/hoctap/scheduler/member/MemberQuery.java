package vn.hoctap.scheduler.member;

/**
 * A members-list request: the unit subtree, an optional text (part of the name or the card
 * number), filters (linked to Telegram, status, done or not in a campaign), the sort column (null:
 * the unit tree's order, then names) and a page.
 */
public record MemberQuery(long unitId, String text, Boolean linked, MemberStatus status, Long campaignId, Boolean done, Sort sort,
        boolean descending, int page, int pageSize) {

    /** Sortable columns. */
    public enum Sort {
        NAME, REF, UNIT
    }

    public MemberQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > 100) {
            text = text.substring(0, 100);
        }
        page = Math.max(0, page);
        pageSize = Math.max(1, Math.min(pageSize, 200));
        done = campaignId == null ? null : done;
    }
}

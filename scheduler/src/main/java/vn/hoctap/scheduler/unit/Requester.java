package vn.hoctap.scheduler.unit;

/**
 * Who asks: an admin (no scope: everything) or a secretary limited to the subtree of their unit.
 * Every campaign operation checks the scope, not only what a page shows.
 */
public record Requester(Long memberId, Long scopeUnitId) {

    public static Requester admin() {
        return new Requester(null, null);
    }

    public static Requester secretary(long memberId, long unitId) {
        return new Requester(memberId, unitId);
    }

    public boolean isAdmin() {
        return scopeUnitId == null;
    }
}

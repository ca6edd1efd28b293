package vn.hoctap.scheduler.unit;

/**
 * Who asks: an admin (no scope: everything), an admin limited to a unit's subtree, or a secretary
 * limited to the subtree of their unit. Every campaign operation checks the scope, not only what a
 * page shows; {@code secretary} decides which campaign settings the requester may choose.
 */
public record Requester(Long memberId, Long scopeUnitId, boolean secretary) {

    public static Requester admin() {
        return new Requester(null, null, false);
    }

    public static Requester secretary(long memberId, long unitId) {
        return new Requester(memberId, unitId, true);
    }

    /** An admin login limited to one unit: the scope of a secretary, the choices of an admin. */
    public static Requester scopedAdmin(Long memberId, long unitId) {
        return new Requester(memberId, unitId, false);
    }

    public boolean isAdmin() {
        return scopeUnitId == null;
    }
}

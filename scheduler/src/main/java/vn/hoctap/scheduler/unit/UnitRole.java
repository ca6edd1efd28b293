package vn.hoctap.scheduler.unit;

/** A member's role in a unit: the secretary (bí thư) or a deputy secretary (phó bí thư). */
public enum UnitRole {
    SECRETARY, DEPUTY;

    /** Vietnamese, as the roster's role column and the dashboard write it. */
    public String label() {
        return this == SECRETARY ? "Bí thư" : "Phó bí thư";
    }
}

package vn.hoctap.scheduler.unit;

/**
 * A party organisation unit; {@code path} ('/1/7/42/') makes subtree queries one range scan.
 * {@code code} is the admin's own identifier (tree import, roster), {@code closed} marks a unit that
 * was closed or merged away: kept for history, never shown in the live tree.
 */
public record Unit(long id, Long parentId, UnitLevel level, String name, String path, int depth, String code, boolean closed) {

    public Unit(long id, Long parentId, UnitLevel level, String name, String path, int depth) {
        this(id, parentId, level, name, path, depth, null, false);
    }

    /** SQL LIKE pattern matching this unit and everything below it. */
    public String subtreePattern() {
        return path + "%";
    }

    /** Whether {@code other} is this unit or lies below it. */
    public boolean contains(Unit other) {
        return other.path().startsWith(path);
    }
}

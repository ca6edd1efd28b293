package vn.hoctap.scheduler.unit;

/** A party organisation unit; {@code path} ('/1/7/42/') makes subtree queries one range scan. */
public record Unit(long id, Long parentId, UnitLevel level, String name, String path, int depth) {

    /** SQL LIKE pattern matching this unit and everything below it. */
    public String subtreePattern() {
        return path + "%";
    }
}

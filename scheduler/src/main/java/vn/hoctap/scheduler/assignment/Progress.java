package vn.hoctap.scheduler.assignment;

/** How many of a member's assignments are done. */
public record Progress(int done, int total) {

    public int percent() {
        return total == 0 ? 0 : Math.round(done * 100f / total);
    }
}

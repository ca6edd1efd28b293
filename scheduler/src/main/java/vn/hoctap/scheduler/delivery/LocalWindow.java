package vn.hoctap.scheduler.delivery;

/** The same sliding window in this process, for replies while Redis is unreachable. */
final class LocalWindow {
    private final int cap;
    private final long windowNanos;
    private final java.util.ArrayDeque<Long> grants = new java.util.ArrayDeque<>();

    LocalWindow(int cap, long windowMillis) {
        this.cap = cap;
        this.windowNanos = windowMillis * 1_000_000L;
    }

    synchronized long tryAcquire() {
        long now = System.nanoTime();
        while (!grants.isEmpty() && now - grants.peekFirst() >= windowNanos) {
            grants.removeFirst();
        }
        if (grants.size() < cap) {
            grants.addLast(now);
            return 0;
        }
        return Math.max(1, (grants.peekFirst() + windowNanos - now) / 1_000_000L);
    }
}

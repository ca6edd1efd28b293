package vn.hoctap.scheduler.delivery;

import java.time.Duration;

/**
 * Keeps idle delivery threads from polling the outbox several times a second. A thread that found
 * nothing waits, doubling its wait from {@code pollInterval} up to {@code maxIdle} (the first
 * thread, which keeps watching for work queued by other instances or becoming due) or up to
 * {@link #FOLLOWER_WAIT} (the others); new rows queued in this process, and any thread finding
 * work, wake them all at once. Idle cost: about one claim every {@code maxIdle}.
 */
final class IdleWake {

    static final Duration FOLLOWER_WAIT = Duration.ofSeconds(30);

    private final long minMillis;
    private final long maxMillis;
    private long generation;

    IdleWake(Duration pollInterval, Duration maxIdle) {
        this.minMillis = Math.max(1, pollInterval.toMillis());
        this.maxMillis = Math.max(minMillis, maxIdle.toMillis());
    }

    /** Work arrived: every waiting thread claims again now. */
    synchronized void wake() {
        generation++;
        notifyAll();
    }

    /** The wait after {@code idleRounds} empty claims in a row (the first is {@code pollInterval}). */
    long waitMillis(int idleRounds, boolean watcher) {
        long cap = watcher ? maxMillis : Math.max(maxMillis, FOLLOWER_WAIT.toMillis());
        long wait = minMillis << Math.min(20, Math.max(0, idleRounds - 1));
        return Math.min(cap, wait);
    }

    /**
     * Waits up to {@code millis}, in steps of at most 100 ms so that {@code running} turning false
     * is noticed at once; returns early when woken.
     */
    synchronized void await(long millis, java.util.function.BooleanSupplier running) throws InterruptedException {
        long seen = generation;
        long end = System.nanoTime() + millis * 1_000_000L;
        while (running.getAsBoolean() && generation == seen) {
            long left = (end - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return;
            }
            wait(Math.min(100, left));
        }
    }

    /** Sleeps in steps of at most 100 ms so a stop is noticed at once, without interrupting anything. */
    static void pause(long millis, java.util.function.BooleanSupplier running) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000L;
        while (running.getAsBoolean()) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return;
            }
            Thread.sleep(Math.max(1, Math.min(100, left / 1_000_000)));
        }
    }

    static void pauseQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package vn.hoctap.bot.telegram.internal;

import java.time.Duration;

/**
 * Lets the long-poller store a backlog before the update threads compete with it for the CPU.
 * When getUpdates answers with a full batch (more are waiting at Telegram, e.g. a province reacting
 * to an announcement), the poller closes the gate and fetches on without waiting; handling starts
 * again once it has caught up, or after {@code maxHold} at the latest, and the gate is not closed
 * again until the poller has caught up, so a backlog that never ends cannot starve the handlers.
 * Storing first means the whole burst is safe in the inbox (and confirmed to Telegram) within a
 * fraction of the time it takes to handle it; the handling work is the same.
 * {@code hoctap.telegram.backlog-hold=0} turns it off.
 */
final class BacklogGate {

    private final long maxHoldNanos;
    /** When the current hold ends (System.nanoTime), or 0 if open. */
    private volatile long heldUntil;
    /** A hold ran out before the poller caught up: no new hold until it has. */
    private boolean spent;

    BacklogGate(Duration maxHold) {
        this.maxHoldNanos = maxHold.toNanos();
    }

    /** The poller found a backlog: handling waits (if it has not waited for this backlog already). */
    synchronized void hold() {
        if (maxHoldNanos > 0 && heldUntil == 0 && !spent) {
            heldUntil = System.nanoTime() + maxHoldNanos;
        }
    }

    /** The poller has caught up (or is stopping): handling goes on. */
    synchronized void open() {
        heldUntil = 0;
        spent = false;
        notifyAll();
    }

    /** Called by an update thread before it handles an update; returns at once when open. */
    void awaitOpen() {
        if (heldUntil == 0) {
            return;
        }
        synchronized (this) {
            while (heldUntil != 0) {
                long left = heldUntil - System.nanoTime();
                if (left <= 0) {
                    heldUntil = 0;
                    spent = true;
                    notifyAll();
                    return;
                }
                try {
                    wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}

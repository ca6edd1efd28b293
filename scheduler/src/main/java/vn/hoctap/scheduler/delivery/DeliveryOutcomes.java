package vn.hoctap.scheduler.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records what Telegram said about one send: sent; 429 pauses everyone for retry_after; 5xx and
 * timeouts back off exponentially up to {@code maxAttempts}; 403 marks the member unreachable and is
 * not retried; any other 4xx fails with the reason kept.
 */
final class DeliveryOutcomes {

    private static final Logger log = LoggerFactory.getLogger(DeliveryOutcomes.class);

    private final Outbox outbox;
    private final SendBudget limits;
    private final DeliveryProperties props;
    private final Clock clock;

    DeliveryOutcomes(Outbox outbox, SendBudget limits, DeliveryProperties props, Clock clock) {
        this.outbox = outbox;
        this.limits = limits;
        this.props = props;
        this.clock = clock;
    }

    /** @return true if sending must pause (the rest of the batch goes back to the queue) */
    boolean record(OutboxItem item, SendOutcome outcome) {
        Instant now = clock.instant();
        if (outcome instanceof SendOutcome.Sent s) {
            outbox.markSent(item.id(), s.messageId(), now);
        } else if (outcome instanceof SendOutcome.RateLimited r) {
            Instant until = now.plus(r.retryAfter());
            limits.pauseUntil(until, now);
            outbox.retryLater(item.id(), until, "429 retry after " + r.retryAfter().toSeconds() + " s", false);
            log.warn("Telegram answered 429: all delivery paused for {} s", r.retryAfter().toSeconds());
            return true;
        } else if (outcome instanceof SendOutcome.Unreachable u) {
            outbox.markUnreachable(item.id(), item.memberId(), u.reason());
        } else if (outcome instanceof SendOutcome.Rejected r) {
            outbox.markFailed(item.id(), r.reason());
            log.warn("Message {} to member {} rejected: {}", item.id(), item.memberId(), r.reason());
        } else if (outcome instanceof SendOutcome.Transient t) {
            int attempt = item.attempts() + 1;
            if (attempt >= props.maxAttempts()) {
                outbox.markFailed(item.id(), "gave up after " + attempt + " attempts: " + t.reason());
            } else {
                outbox.retryLater(item.id(), now.plus(backoff(attempt)), t.reason(), true);
            }
        }
        return false;
    }

    /**
     * Records the sends of one chunk that Telegram accepted, in one statement, retrying while
     * PostgreSQL is unreachable (as {@link #recordDurably}).
     */
    void recordSentDurably(List<OutboxItem> items, List<Integer> messageIds, java.util.function.BooleanSupplier running) {
        if (items.isEmpty()) {
            return;
        }
        long[] ids = items.stream().mapToLong(OutboxItem::id).toArray();
        int[] mids = messageIds.stream().mapToInt(Integer::intValue).toArray();
        long waitMillis = 200;
        long started = System.nanoTime();
        while (true) {
            try {
                outbox.markSent(ids, mids, clock.instant());
                return;
            } catch (RuntimeException e) {
                if (!running.getAsBoolean() && System.nanoTime() - started > props.shutdownGrace().toNanos()) {
                    log.error("Gave up recording {} sent message(s) at shutdown: they may be sent again", ids.length, e);
                    return;
                }
                log.warn("Could not record {} sent message(s) ({}); retrying in {} ms", ids.length, e.getMessage(), waitMillis);
                pause(waitMillis);
                waitMillis = Math.min(5_000, waitMillis * 2);
            }
        }
    }

    static Duration backoff(int attempt) {
        return Duration.ofSeconds(Math.min(300, 1L << Math.min(attempt, 9)));
    }
    /**
     * Records what Telegram answered, retrying while PostgreSQL is unreachable: a send that went out
     * but was not recorded would be sent again once its lease expires.
     */
    boolean recordDurably(OutboxItem item, SendOutcome outcome, java.util.function.BooleanSupplier running) {
        long waitMillis = 200;
        long started = System.nanoTime();
        while (true) {
            try {
                return record(item, outcome);
            } catch (RuntimeException e) {
                if (!running.getAsBoolean() && System.nanoTime() - started > props.shutdownGrace().toNanos()) {
                    log.error("Gave up recording the outcome of message {} at shutdown: it may be sent again", item.id(), e);
                    return true;
                }
                log.warn("Could not record the outcome of message {} ({}); retrying in {} ms", item.id(), e.getMessage(), waitMillis);
                pause(waitMillis);
                waitMillis = Math.min(5_000, waitMillis * 2);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

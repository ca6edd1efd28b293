package vn.hoctap.scheduler.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A worker's claims on one batch. Instead of renewing each row's lease before its send (one UPDATE
 * per message), the rows not yet sent are renewed together, in one statement, whenever a quarter of
 * the lease has passed since the claim or the last renewal; a row another worker took over after a
 * stall longer than the rest of the lease is dropped and never sent by this one.
 */
final class BatchClaims {

    private static final Logger log = LoggerFactory.getLogger(BatchClaims.class);

    private final Outbox outbox;
    private final String worker;
    private final Duration renewAfter;
    private final Clock clock;
    private final Set<Long> unsent = new LinkedHashSet<>();
    private Instant renewed;

    BatchClaims(Outbox outbox, String worker, Duration lease, Clock clock, List<OutboxItem> batch, Instant claimedAt) {
        this.outbox = outbox;
        this.worker = worker;
        this.renewAfter = lease.dividedBy(4);
        this.clock = clock;
        this.renewed = claimedAt;
        batch.forEach(item -> unsent.add(item.id()));
    }

    /** True if this worker still holds the row and may send it now (renewing the batch's claims first if due). */
    boolean holds(OutboxItem item) {
        Instant now = clock.instant();
        if (Duration.between(renewed, now).compareTo(renewAfter) > 0) {
            renewed = now;
            Set<Long> held = outbox.renewClaims(List.copyOf(unsent), worker, now);
            int before = unsent.size();
            unsent.retainAll(held);
            if (unsent.size() < before) {
                log.warn("{} message(s) were taken over by another worker after this one's lease expired; not sending them",
                        before - unsent.size());
            }
        }
        return unsent.contains(item.id());
    }

    /** The row's send has happened (its outcome is being recorded). */
    void sent(OutboxItem item) {
        unsent.remove(item.id());
    }

    /** These rows went back to the queue: no longer this worker's to send or return. */
    void returned(List<OutboxItem> items) {
        items.forEach(item -> unsent.remove(item.id()));
    }

    /** Of these rows, those this worker still holds (to return to the queue). */
    List<Long> held(List<OutboxItem> items) {
        return items.stream().map(OutboxItem::id).filter(unsent::contains).toList();
    }
}

package vn.hoctap.scheduler.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which of a claimed batch may be sent now: the send-time rules (defer, skip) first, then
 * the per-chat rule; everything else goes back to the queue with its due time. Throws Redis's
 * exception if the per-chat markers cannot be set (the worker then pauses).
 */
final class SendGate {

    private final Outbox outbox;
    private final SendBudget budget;
    private final SendRules rules;
    private final Clock clock;

    SendGate(Outbox outbox, SendBudget budget, SendRules rules, Clock clock) {
        this.outbox = outbox;
        this.budget = budget;
        this.rules = rules;
        this.clock = clock;
    }

    /** The claimed rows that may go now; the others are deferred or skipped as the rules say. */
    List<OutboxItem> sendable(List<OutboxItem> claimed, boolean running) {
        Map<Long, SendRules.Verdict> verdicts = rules.check(claimed, clock.instant());
        List<OutboxItem> ready = new ArrayList<>();
        List<Long> later = new ArrayList<>();
        for (OutboxItem item : claimed) {
            SendRules.Verdict v = verdicts.getOrDefault(item.id(), SendRules.SEND);
            if (!running) {
                later.add(item.id());
            } else if (v instanceof SendRules.Defer d) {
                outbox.retryLater(item.id(), d.until(), null, false);
            } else if (v instanceof SendRules.Skip s) {
                outbox.markSkipped(item.id(), s.reason());
            } else {
                ready.add(item);
            }
        }
        outbox.retryLater(later, clock.instant());
        Set<Long> chatsFree = ready.isEmpty() ? new java.util.HashSet<>() : budget.tryChats(ready.stream().map(OutboxItem::chatId).toList());
        List<OutboxItem> batch = new ArrayList<>();
        List<Long> busy = new ArrayList<>();
        for (OutboxItem item : ready) {
            if (chatsFree.remove(item.chatId())) {
                batch.add(item);
            } else {
                busy.add(item.id());
            }
        }
        outbox.retryLater(busy, clock.instant().plusSeconds(1));
        return batch;
    }
}

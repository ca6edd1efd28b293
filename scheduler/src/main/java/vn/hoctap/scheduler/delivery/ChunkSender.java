package vn.hoctap.scheduler.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import redis.clients.jedis.exceptions.JedisException;

/**
 * The sending half of {@link DeliveryWorker}, kept apart from its loop, supervision and claiming:
 * takes a batch the worker claimed and checked, and sends it chunk by chunk under the shared send
 * budget, recording what Telegram accepted. One per worker, shared by its threads (it holds no state
 * of its own beyond the worker's).
 */
final class ChunkSender {

    private final Outbox outbox;
    private final SendBudget budget;
    private final MessageSender sender;
    private final DeliveryProperties props;
    private final Clock clock;
    private final String workerId;
    private final AtomicLong sent;
    private final DeliveryOutcomes outcomes;
    private final BooleanSupplier running;
    private final Runnable redisLost;

    /**
     * {@code sent} is the worker's counter of accepted messages; {@code running} is false once the
     * worker stops; {@code redisLost} tells the worker Redis failed, so it pauses until Redis is back.
     */
    ChunkSender(Outbox outbox, SendBudget budget, MessageSender sender, DeliveryProperties props, Clock clock,
            String workerId, AtomicLong sent, BooleanSupplier running, Runnable redisLost) {
        this.outbox = outbox;
        this.budget = budget;
        this.sender = sender;
        this.props = props;
        this.clock = clock;
        this.workerId = workerId;
        this.sent = sent;
        this.outcomes = new DeliveryOutcomes(outbox, budget, props, clock);
        this.running = running;
        this.redisLost = redisLost;
    }

    /**
     * Sends a batch chunk by chunk: one budget grant for several messages, the sends one after the
     * other, then one statement recording those Telegram accepted (also when a send throws).
     */
    boolean sendBatch(List<OutboxItem> batch, Instant claimedAt, long checkedNanos) throws InterruptedException {
        BatchClaims claims = new BatchClaims(outbox, workerId, props.lease(), clock, batch, claimedAt);
        List<OutboxItem> rest = batch;
        while (!rest.isEmpty()) {
            boolean paid = rest.get(0).paidBroadcast();
            int same = 1;
            while (same < rest.size() && rest.get(same).paidBroadcast() == paid) {
                same++;
            }
            SendBudget.BulkGrant grant;
            try {
                grant = budget.acquireBulk(paid, Math.min(same, budget.chunk(paid)), running);
            } catch (JedisException e) {
                redisLost.run();
                grant = null;
            }
            Instant pause = budget.pausedUntil();
            boolean pausedNow = pause != null && pause.isAfter(clock.instant());
            if (grant == null || pausedNow) {
                if (grant != null) {
                    grant.done();
                }
                outbox.retryLater(claims.held(rest), pausedNow ? pause : clock.instant());
                return true;
            }
            int done;
            try {
                List<OutboxItem> chunk = rest.subList(0, grant.count());
                done = sendChunk(chunk, grant, claims, chatsStillOurs(chunk, checkedNanos, claims));
            } finally {
                grant.done();
            }
            if (done < grant.count()) {
                // A 429 or a stop: what is left goes back to the queue, due when sending may resume.
                Instant until = budget.pausedUntil();
                outbox.retryLater(claims.held(rest.subList(done, rest.size())), until == null ? clock.instant() : until);
                return true;
            }
            rest = rest.subList(grant.count(), rest.size());
        }
        return true;
    }

    /**
     * The chunk's chats the broadcast may still send to: all of them while the batch's per-chat markers
     * are fresh; else the markers are set again and a chat a reply took meanwhile goes back to the queue
     * for a second (Telegram allows one message a second per chat).
     */
    private Set<Long> chatsStillOurs(List<OutboxItem> chunk, long checkedNanos, BatchClaims claims) {
        Set<Long> chats = chunk.stream().map(OutboxItem::chatId).collect(java.util.stream.Collectors.toSet());
        if (System.nanoTime() - checkedNanos < ChatMarkers.SEND_LEAD.toNanos() / 2) {
            return chats;
        }
        Set<Long> ours = budget.keepChats(chats);
        List<OutboxItem> taken = chunk.stream().filter(item -> !ours.contains(item.chatId())).toList();
        if (!taken.isEmpty()) {
            outbox.retryLater(claims.held(taken), clock.instant().plusSeconds(1));
            claims.returned(taken);
        }
        return ours;
    }

    /** @return how many of the chunk were dealt with (fewer if sending must pause or the worker stops) */
    private int sendChunk(List<OutboxItem> chunk, SendBudget.BulkGrant grant, BatchClaims claims, Set<Long> chats) {
        List<OutboxItem> accepted = new ArrayList<>(chunk.size());
        List<Integer> messageIds = new ArrayList<>(chunk.size());
        try {
            for (int i = 0; i < chunk.size(); i++) {
                if (i > 0 && (!running.getAsBoolean() || paused())) {
                    return i;
                }
                OutboxItem item = chunk.get(i);
                if (!chats.contains(item.chatId()) || !claims.holds(item)) {
                    continue;
                }
                org.slf4j.MDC.put("campaignId", Long.toString(item.campaignId())); // log context; the worker thread only delivers
                claims.sent(item);
                SendOutcome outcome = sender.send(new OutgoingMessage(item.chatId(), item.body(), Keyboards.parse(item.keyboard()),
                        item.paidBroadcast()));
                grant.sent(i, item.chatId());
                if (outcome instanceof SendOutcome.Sent s) {
                    sent.incrementAndGet();
                    accepted.add(item);
                    messageIds.add(s.messageId());
                } else if (outcomes.recordDurably(item, outcome, running)) {
                    return i + 1;
                }
            }
            return chunk.size();
        } finally {
            outcomes.recordSentDurably(accepted, messageIds, running);
        }
    }

    private boolean paused() {
        Instant pause = budget.pausedUntil();
        return pause != null && pause.isAfter(clock.instant());
    }
}

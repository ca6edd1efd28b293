package vn.hoctap.bot.telegram.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Telegram's server-side update queue with getUpdates semantics: updates stay queued until the bot
 * confirms them by asking for a higher offset, long polls block until something is queued, and the
 * fake can additionally hand out duplicates (re-deliveries, or the same update twice in one batch).
 */
final class UpdateQueue {

    /** One queued update; {@code copies} > 1 makes it appear several times in the same batch. */
    private static final class Entry {
        final int updateId;
        final ObjectNode json;
        int copies;
        boolean delivered;

        Entry(int updateId, ObjectNode json, int copies) {
            this.updateId = updateId;
            this.json = json;
            this.copies = copies;
        }
    }

    private final List<Entry> pending = new ArrayList<>();
    private final List<Entry> redeliveries = new ArrayList<>();
    private final Map<Integer, ObjectNode> everQueued = new HashMap<>();
    private int lastUpdateId;
    private int holds;
    private boolean closed;

    /** Queues a new update built from its payload ({@code {"message":...}} etc.) and returns its id. */
    synchronized int add(Function<Integer, ObjectNode> payload, int copies) {
        int updateId = ++lastUpdateId;
        ObjectNode update = Json.object().put("update_id", updateId);
        update.setAll(payload.apply(updateId));
        everQueued.put(updateId, update);
        pending.add(new Entry(updateId, update, copies));
        notifyAll();
        return updateId;
    }

    /** Queues an already issued update again; it is returned with the next batch whatever the offset. */
    synchronized void redeliver(int updateId) {
        redeliveries.add(new Entry(updateId, known(updateId), 1));
        notifyAll();
    }

    /** Makes a still undelivered update appear one more time in the batch that will contain it. */
    synchronized void duplicateInSameBatch(int updateId) {
        known(updateId);
        for (Entry entry : pending) {
            if (entry.updateId == updateId) {
                if (entry.delivered) {
                    throw new IllegalStateException("Update " + updateId + " was already handed to the bot, so a "
                            + "duplicate can no longer join its batch; queue both inside holdUpdates(), or use "
                            + "FakeUser.sendTextTwiceInOneBatch / pressTwiceInOneBatch / pressDataTwiceInOneBatch");
                }
                entry.copies++;
                return;
            }
        }
        throw new IllegalStateException("Update " + updateId + " was already confirmed by the bot");
    }

    synchronized String json(int updateId) {
        return Json.write(known(updateId));
    }

    /** The id of the first queued update matching {@code predicate}, or -1. */
    synchronized int findUpdateId(Predicate<ObjectNode> predicate) {
        return everQueued.entrySet().stream()
                .filter(entry -> predicate.test(entry.getValue()))
                .mapToInt(Map.Entry::getKey).min().orElse(-1);
    }

    private ObjectNode known(int updateId) {
        ObjectNode update = everQueued.get(updateId);
        if (update == null) {
            throw new IllegalArgumentException("No update " + updateId + " was ever queued");
        }
        return update;
    }

    synchronized void hold() {
        holds++;
    }

    synchronized void release() {
        if (holds > 0) {
            holds--;
        }
        notifyAll();
    }

    /** Number of updates not yet confirmed by the bot (re-deliveries included). */
    synchronized int unconfirmedCount() {
        return pending.size() + redeliveries.size();
    }

    /** Forgets every unconfirmed update (drop_pending_updates). */
    synchronized void dropPending() {
        pending.clear();
        redeliveries.clear();
    }

    synchronized void close() {
        closed = true;
        notifyAll();
    }

    /**
     * getUpdates: confirms (drops) updates below {@code offset}, then returns up to {@code limit}
     * updates, waiting up to {@code timeoutMillis} for one to arrive when there are none.
     */
    synchronized ArrayNode poll(long offset, int limit, long timeoutMillis) throws InterruptedException {
        confirm(offset);
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (!closed) {
            if (holds == 0 && (!pending.isEmpty() || !redeliveries.isEmpty())) {
                return takeBatch(limit);
            }
            long remainingMillis = (deadline - System.nanoTime()) / 1_000_000L;
            if (remainingMillis <= 0) {
                break;
            }
            wait(remainingMillis);
            confirm(offset);
        }
        return Json.array();
    }

    /** Called (under the queue's lock) when a getUpdates offset confirms updates, with the highest confirmed id. */
    volatile java.util.function.IntConsumer onConfirm;

    private void confirm(long offset) {
        if (offset > 0) {
            boolean removed = pending.removeIf(entry -> entry.updateId < offset);
            java.util.function.IntConsumer hook = onConfirm;
            if (removed && hook != null) {
                hook.accept((int) offset - 1);
            }
        } else if (offset < 0) {
            // Telegram: a negative offset keeps only the last |offset| updates and forgets the rest.
            while (pending.size() > -offset) {
                pending.remove(0);
            }
        }
    }

    private ArrayNode takeBatch(int limit) {
        List<Entry> batch = new ArrayList<>(redeliveries);
        redeliveries.clear();
        for (Iterator<Entry> it = pending.iterator(); it.hasNext() && batch.size() < limit; ) {
            Entry entry = it.next();
            entry.delivered = true;
            batch.add(entry);
        }
        batch.sort(Comparator.comparingInt(entry -> entry.updateId));
        ArrayNode result = Json.array();
        for (Entry entry : batch) {
            for (int i = 0; i < entry.copies; i++) {
                result.add(entry.json.deepCopy());
            }
        }
        return result;
    }
}

package vn.hoctap.scheduler.delivery;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import redis.clients.jedis.JedisPool;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The one owner of Telegram's send budget, shared by every thread of every instance through Redis.
 * Each limit is a strict sliding window (a log of grants in a sorted set, counted by a Lua script on
 * Redis's clock), so no window of {@code 1 s + guard} ever holds more than {@code limit x margin}
 * sends. Interactive replies come first: every reply registers its demand, and bulk messages may
 * only use what the replies of the last window leave, down to a floor that keeps broadcasts moving.
 * Also here: the per-chat rule (a broadcast and a reply keep a second apart in a chat; the markers
 * a batch sets before its sends are {@link ChatMarkers}'), and the global pause a 429 sets for its
 * retry_after ({@link SharedPause}). Bulk senders take grants several at a time and return them in
 * one call, so a paid broadcast costs a fraction of a Redis round trip per message; the windows'
 * Redis scripts are {@link SlidingWindows}'.
 *
 * <p>If Redis is unreachable, replies fall back to a per-instance window of the same size (a member
 * is never left without an answer because Redis is down); bulk delivery waits for Redis instead.
 */
public class SendBudget {

    /** Who is asking: a reply to a member, ordinary bulk, or a paid broadcast. */
    public enum Kind {
        REPLY, BULK, PAID
    }

    private static final Logger log = LoggerFactory.getLogger(SendBudget.class);

    /** Permission for one send; call {@link #done()} right after the request returns. */
    public interface Grant {
        void done();
    }

    private static final Grant LOCAL = () -> {
    };

    private final DeliveryProperties props;
    private final int globalCap;
    private final int paidCap;
    private final LocalWindow fallback;
    private final SlidingWindows windows;
    private final ChatMarkers markers;
    private final AtomicLong grants = new AtomicLong();
    private final String instance = UUID.randomUUID().toString().substring(0, 8);
    private final SharedPause pause;

    public SendBudget(JedisPool redis, String keyPrefix, DeliveryProperties props) {
        String prefix = keyPrefix + "delivery:";
        this.props = props;
        this.globalCap = cap(props.ratePerSecond(), props.margin());
        this.paidCap = cap(props.paidRatePerSecond(), props.margin());
        long windowMillis = 1000 + props.windowGuard().toMillis();
        long perChatMillis = Math.max(1, 1000 / Math.max(1, props.perChatPerSecond()));
        this.fallback = new LocalWindow(globalCap, windowMillis);
        this.windows = new SlidingWindows(redis, prefix, windowMillis, perChatMillis, props.bulkFloor());
        this.markers = new ChatMarkers(redis, prefix, perChatMillis);
        this.pause = new SharedPause(redis, prefix + "pause");
    }

    /**
     * Sends allowed per window: the limit less the margin, rounded to the nearest send, at least one and
     * at most the limit. Rounding down cost 3.3% at 30/s (29 sends, 92.5% of the limit measured): the
     * window is already {@code windowGuard} longer than a second, so 30 sends per 1.015 s stay under 30/s.
     */
    static int cap(int limit, double margin) {
        return Math.max(1, Math.min(limit, (int) Math.round(limit * margin)));
    }

    /**
     * Blocks until one interactive reply may be sent. Never fails: with Redis down it uses a
     * per-instance window. Interruption ends the wait early (the caller sends anyway, as the
     * instance is stopping and the member should still get the answer).
     */
    public Grant acquireReply() {
        return acquireReply(null);
    }

    /**
     * As {@link #acquireReply()}, for a message to {@code chatId} (null if none): the reply also
     * waits out the rest of the second after a broadcast reached that chat (Telegram's per-chat
     * limit), and keeps broadcasts off the chat for a second after it.
     */
    public Grant acquireReply(Long chatId) {
        boolean first = true;
        String id = instance + "-" + grants.incrementAndGet();
        while (true) {
            long wait;
            try {
                wait = tryAcquire(Kind.REPLY, id, first, 1, chatId)[1];
                if (wait == 0) {
                    String granted = id + ":1";
                    String chat = chatId == null ? "" : markers.key(chatId);
                    return () -> windows.complete(Kind.REPLY, List.of(granted), new long[] {0}, new String[] {chat});
                }
            } catch (JedisException e) {
                log.debug("Redis unavailable for the reply budget; using this instance's window: {}", e.getMessage());
                wait = fallback.tryAcquire();
                if (wait == 0) {
                    return LOCAL;
                }
            }
            first = false;
            if (!sleep(wait)) {
                return LOCAL;
            }
        }
    }

    /**
     * Blocks until one bulk send is allowed, or returns null if {@code keepWaiting} turns false
     * meanwhile (the worker is stopping). Throws {@link JedisException} if Redis is down: bulk
     * delivery waits for Redis rather than guess the other instances' use.
     */
    public Grant acquireBulk(boolean paidBroadcast, java.util.function.BooleanSupplier keepWaiting) {
        BulkGrant grant = acquireBulk(paidBroadcast, 1, keepWaiting);
        if (grant == null) {
            return null;
        }
        return () -> {
            grant.completed[0] = System.nanoTime();
            grant.done();
        };
    }

    /**
     * Blocks until at least one and at most {@code wanted} bulk sends are allowed, in one Redis
     * round trip; null if {@code keepWaiting} turns false meanwhile. The sender reports each send's
     * completion ({@link BulkGrant#sent}) and returns the whole grant at once ({@link BulkGrant#done}).
     */
    public BulkGrant acquireBulk(boolean paidBroadcast, int wanted, java.util.function.BooleanSupplier keepWaiting) {
        String id = instance + "-" + grants.incrementAndGet();
        Kind kind = paidBroadcast ? Kind.PAID : Kind.BULK;
        while (keepWaiting.getAsBoolean()) {
            long[] r = tryAcquire(kind, id, false, Math.max(1, wanted), null);
            if (r[0] > 0) {
                return new BulkGrant(kind, id, (int) r[0]);
            }
            if (!sleep(r[1])) {
                return null;
            }
        }
        return null;
    }

    /**
     * How many bulk sends one thread takes at once: about a hundredth of the window (so a grant
     * held while its sends go out one by one costs little of the window), at least one, at most
     * {@code batchSize}. At 30/s this is one, as before.
     */
    public int chunk(boolean paidBroadcast) {
        return Math.max(1, Math.min(props.batchSize(), (paidBroadcast ? paidCap : globalCap) / 100));
    }

    /** Bulk sends granted together; each send's completion time is kept so the window counts it from then. */
    public final class BulkGrant {
        private final Kind kind;
        private final String id;
        private final long[] completed;
        private final String[] chats;

        private BulkGrant(Kind kind, String id, int count) {
            this.kind = kind;
            this.id = id;
            this.completed = new long[count];
            this.chats = new String[count];
            java.util.Arrays.fill(chats, "");
        }

        /** How many sends this grant allows. */
        public int count() {
            return completed.length;
        }

        /** The i-th send of this grant, to {@code chatId}, has returned. */
        public void sent(int i, long chatId) {
            completed[i] = System.nanoTime();
            chats[i] = markers.key(chatId);
        }

        /** Returns the grant: sends reported complete count from their completion, unused ones from now. */
        public void done() {
            long now = System.nanoTime();
            List<String> ids = new java.util.ArrayList<>(completed.length);
            long[] agoMillis = new long[completed.length];
            for (int i = 0; i < completed.length; i++) {
                ids.add(id + ":" + (i + 1));
                agoMillis[i] = completed[i] == 0 ? 0 : Math.max(0, (now - completed[i]) / 1_000_000L);
            }
            windows.complete(kind, ids, agoMillis, chats);
        }
    }

    /** @return {granted, wait ms} */
    private long[] tryAcquire(Kind kind, String id, boolean firstTry, int wanted, Long chatId) {
        return windows.acquire(kind, kind == Kind.PAID ? paidCap : globalCap, id, firstTry, wanted,
                chatId == null ? null : markers.key(chatId));
    }

    /** The chats of a batch that may receive a bulk message now: see {@link ChatMarkers#tryChats}. */
    public Set<Long> tryChats(Collection<Long> chatIds) {
        return markers.tryChats(chatIds);
    }

    /** The chats of a late chunk the broadcast still has, marked again: see {@link ChatMarkers#keepChats}. */
    public Set<Long> keepChats(Collection<Long> chatIds) {
        return markers.keepChats(chatIds);
    }

    /** A 429 from Telegram stops bulk sending everywhere until {@code until} (best effort if Redis is down). */
    public void pauseUntil(Instant until, Instant now) {
        pause.until(until, now);
    }

    /** When bulk sending may resume, or null: see {@link SharedPause#until()}. */
    public Instant pausedUntil() {
        return pause.until();
    }

    /** True if Redis answers: bulk delivery claims work only then. */
    public boolean redisAvailable() {
        return windows.available();
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

package vn.hoctap.scheduler.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.jedis.Bucket4jJedis;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.params.SetParams;

/**
 * Telegram's limits, shared by every worker of every instance through Redis (Bucket4j): a global
 * bucket for ordinary bulk messages, one for paid broadcasts, one bucket per chat, and a global
 * pause that a 429 sets for its {@code retry_after}.
 */
public class RateLimiter {

    private final ProxyManager<byte[]> buckets;
    private final JedisPool redis;
    private final String prefix;
    private final Supplier<BucketConfiguration> global;
    private final Supplier<BucketConfiguration> paid;
    private final long perChatMillis;
    private final int globalBurst;
    private final int paidBurst;
    private volatile Instant localPause;
    private volatile Instant sharedPause;
    private volatile long lastFetch = System.nanoTime() - 1_000_000_000L;

    public RateLimiter(JedisPool redis, String keyPrefix, DeliveryProperties props) {
        this.redis = redis;
        this.prefix = keyPrefix + "delivery:";
        this.buckets = Bucket4jJedis.casBasedBuilder(redis)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(30)))
                .build();
        this.globalBurst = burst(props.ratePerSecond(), props.margin());
        this.paidBurst = burst(props.paidRatePerSecond(), props.margin());
        BucketConfiguration g = smooth(props.ratePerSecond(), props.margin(), globalBurst);
        BucketConfiguration p = smooth(props.paidRatePerSecond(), props.margin(), paidBurst);
        this.global = () -> g;
        this.paid = () -> p;
        this.perChatMillis = Math.max(1, 1000 / Math.max(1, props.perChatPerSecond()));
    }

    /**
     * Burst allowance: what the margin leaves of the limit ({@code limit x (1 - margin)}, at least one),
     * so that refill plus burst never put more than {@code limit} sends in any one-second window.
     */
    static int burst(int limit, double margin) {
        return Math.max(1, (int) Math.floor(limit * (1 - margin)));
    }

    private static BucketConfiguration smooth(int limit, double margin, int burst) {
        long tokensPer10s = Math.max(1, Math.round(limit * margin * 10));
        return BucketConfiguration.builder()
                .addLimit(l -> l.capacity(burst).refillGreedy(tokensPer10s, Duration.ofSeconds(10))).build();
    }

    /** How many sends a worker may take at once from the bucket. */
    public int maxBatch(boolean paidBroadcast) {
        return paidBroadcast ? paidBurst : globalBurst;
    }

    /** Blocks until {@code n} sends are allowed by the global (or paid) bucket. */
    public void acquire(int n, boolean paidBroadcast) throws InterruptedException {
        var bucket = buckets.builder().build(key(paidBroadcast ? "paid" : "global"), paidBroadcast ? paid : global);
        while (true) {
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(n);
            if (probe.isConsumed()) {
                return;
            }
            long nanos = Math.max(probe.getNanosToWaitForRefill(), 200_000);
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        }
    }

    /**
     * The chats of a batch that may receive a message now (at most {@code perChatPerSecond} per chat):
     * one pipelined {@code SET NX PX} marker per chat, so a whole batch costs one Redis round trip.
     * A marker, not a bucket: a per-chat bucket per member would cost a compare-and-set each.
     */
    public java.util.Set<Long> tryChats(java.util.Collection<Long> chatIds) {
        java.util.Map<Long, redis.clients.jedis.Response<String>> replies = new java.util.LinkedHashMap<>();
        try (Jedis jedis = redis.getResource()) {
            var pipeline = jedis.pipelined();
            // Once per chat: a second SET NX for a chat already in the batch would fail and overwrite the
            // first reply, so a chat with two messages in one batch would never be free (found with refreshers).
            for (long chat : new java.util.LinkedHashSet<>(chatIds)) {
                replies.put(chat, pipeline.set(prefix + "chat:" + chat, "1", SetParams.setParams().nx().px(perChatMillis)));
            }
            pipeline.sync();
        }
        java.util.Set<Long> allowed = new java.util.HashSet<>();
        replies.forEach((chat, reply) -> {
            if ("OK".equals(reply.get())) {
                allowed.add(chat);
            }
        });
        return allowed;
    }

    /** A 429 from Telegram stops every worker everywhere until {@code until}. */
    public void pauseUntil(Instant until, Instant now) {
        localPause = until;
        long ms = Math.max(1, Duration.between(now, until).toMillis());
        try (Jedis jedis = redis.getResource()) {
            jedis.set(prefix + "pause", Long.toString(until.toEpochMilli()), SetParams.setParams().px(ms));
        }
    }

    /**
     * When sending may resume, or null if not paused. Threads of this instance see a pause at once;
     * other instances' pauses are read from Redis at most every 100 ms, so this is cheap per message.
     */
    public Instant pausedUntil() {
        long now = System.nanoTime();
        if (now - lastFetch > 100_000_000L) {
            lastFetch = now;
            try (Jedis jedis = redis.getResource()) {
                String v = jedis.get(prefix + "pause");
                sharedPause = v == null ? null : Instant.ofEpochMilli(Long.parseLong(v));
            }
        }
        Instant local = localPause;
        Instant shared = sharedPause;
        if (local == null) {
            return shared;
        }
        return shared == null || local.isAfter(shared) ? local : shared;
    }

    private byte[] key(String name) {
        return (prefix + name).getBytes(StandardCharsets.UTF_8);
    }
}

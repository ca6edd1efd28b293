package vn.hoctap.scheduler.delivery;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.SetParams;

/**
 * The pause a 429 imposes on bulk sending, shared by every instance through one Redis key: Telegram
 * limits the bot, not one instance, so all of them must wait out its {@code retry_after}. This
 * instance's own pause is set even when Redis cannot share it; other instances' pauses are read at
 * most every 100 ms, so the sending loops do not ask Redis before every chunk (a failed read
 * propagates: the worker then stops sending until Redis is back).
 */
final class SharedPause {

    private static final Logger log = LoggerFactory.getLogger(SharedPause.class);
    private static final long FETCH_EVERY_NANOS = 100_000_000L;

    private final JedisPool redis;
    private final String key;
    private volatile Instant local;
    private volatile Instant shared;
    private volatile long lastFetch = System.nanoTime() - 1_000_000_000L;

    SharedPause(JedisPool redis, String key) {
        this.redis = redis;
        this.key = key;
    }

    /** Pauses here at once and, best effort, everywhere. */
    void until(Instant until, Instant now) {
        local = until;
        long ms = Math.max(1, Duration.between(now, until).toMillis());
        try (Jedis jedis = redis.getResource()) {
            jedis.set(key, Long.toString(until.toEpochMilli()), SetParams.setParams().px(ms));
        } catch (JedisException e) {
            log.warn("Could not share a 429 pause through Redis: {}", e.getMessage());
        }
    }

    /** The later of this instance's pause and the shared one, or null when neither is set. */
    Instant until() {
        long now = System.nanoTime();
        if (now - lastFetch > FETCH_EVERY_NANOS) {
            lastFetch = now;
            try (Jedis jedis = redis.getResource()) {
                String v = jedis.get(key);
                shared = v == null ? null : Instant.ofEpochMilli(Long.parseLong(v));
            }
        }
        Instant mine = local;
        Instant theirs = shared;
        if (mine == null) {
            return theirs;
        }
        return theirs == null || mine.isAfter(theirs) ? mine : theirs;
    }
}

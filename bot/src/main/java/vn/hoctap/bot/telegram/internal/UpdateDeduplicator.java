package vn.hoctap.bot.telegram.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.params.SetParams;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Remembers update ids in Redis (SET NX with a TTL) so an update Telegram delivers twice — a
 * webhook retry, a restart between fetch and acknowledgement, two instances — is handled once.
 * If Redis is down it lets updates through: the study records are idempotent in PostgreSQL, and
 * dropping members' messages would be worse than a rare double reply.
 */
final class UpdateDeduplicator {

    private static final Logger log = LoggerFactory.getLogger(UpdateDeduplicator.class);

    private final JedisPool redis;
    private final String prefix;
    private final long ttlSeconds;

    UpdateDeduplicator(JedisPool redis, String prefix, Duration ttl) {
        this.redis = redis;
        this.prefix = prefix;
        this.ttlSeconds = Math.max(1, ttl.toSeconds());
    }

    /** True the first time an update id is seen. */
    boolean firstTime(int updateId) {
        try (Jedis jedis = redis.getResource()) {
            return "OK".equals(jedis.set(prefix + updateId, "1", SetParams.setParams().nx().ex(ttlSeconds)));
        } catch (JedisException e) {
            log.warn("Redis unavailable for de-duplication of update {}; handling it anyway: {}", updateId, e.getMessage());
            return true;
        }
    }

    /** Undoes {@link #firstTime} for an update that could not be queued. */
    void forget(int updateId) {
        try (Jedis jedis = redis.getResource()) {
            jedis.del(prefix + updateId);
        } catch (JedisException e) {
            log.warn("Could not forget update {} in Redis: {}", updateId, e.getMessage());
        }
    }
}

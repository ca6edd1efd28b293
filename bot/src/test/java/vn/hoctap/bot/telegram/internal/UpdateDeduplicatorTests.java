package vn.hoctap.bot.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;
import vn.hoctap.bot.testing.TestRedis;

class UpdateDeduplicatorTests {

    @Test
    void anUpdateIdIsFirstOnlyOnceEvenUnderConcurrency() throws Exception {
        String prefix = "test-" + UUID.randomUUID() + ":update:";
        try (JedisPool pool = new JedisPool(URI.create(TestRedis.url()))) {
            UpdateDeduplicator dedup = new UpdateDeduplicator(pool, prefix, Duration.ofMinutes(5));
            AtomicInteger firsts = new AtomicInteger();
            var executor = Executors.newFixedThreadPool(8);
            Callable<Void> attempt = () -> {
                if (dedup.firstTime(4711)) {
                    firsts.incrementAndGet();
                }
                return null;
            };
            executor.invokeAll(java.util.Collections.nCopies(50, attempt));
            executor.shutdown();
            assertThat(firsts).hasValue(1);
            assertThat(dedup.firstTime(4712)).isTrue();
            try (Jedis jedis = pool.getResource()) {
                assertThat(jedis.ttl(prefix + "4711")).isBetween(250L, 300L);
            }
        }
    }

    @Test
    void withRedisDownUpdatesAreLetThrough() throws Exception {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        JedisPoolConfig config = new JedisPoolConfig();
        config.setMaxWait(Duration.ofMillis(200));
        try (JedisPool dead = new JedisPool(config, "127.0.0.1", deadPort, 200)) {
            UpdateDeduplicator dedup = new UpdateDeduplicator(dead, "x:", Duration.ofMinutes(5));
            assertThat(dedup.firstTime(1)).isTrue();
            assertThat(dedup.firstTime(1)).isTrue();
        }
    }
}

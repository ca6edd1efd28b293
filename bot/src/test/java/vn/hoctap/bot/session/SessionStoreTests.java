package vn.hoctap.bot.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import tools.jackson.databind.json.JsonMapper;
import vn.hoctap.bot.storage.StorageProperties;
import vn.hoctap.bot.testing.TestRedis;

/** Sessions against a real Redis: versioned JSON, TTL, compare-and-set on revision. */
class SessionStoreTests {

    private JedisPool pool;
    private SessionStore store;
    private String prefix;

    @BeforeEach
    void connect() {
        pool = new JedisPool(URI.create(TestRedis.url()));
        prefix = "test-" + UUID.randomUUID() + ":";
        var props = new StorageProperties(Path.of("data"), null, null, null, TestRedis.url(), prefix, Duration.ofSeconds(2), 4);
        store = new SessionStore(pool, JsonMapper.builder().build(), props, Duration.ofHours(1));
    }

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void changedSessionRoundTripsWithTtl() {
        ChatSession s = store.load(42);
        assertThat(s.state()).isEmpty();
        s.enter("awaiting-invitation-code");
        s.put("draft", "Bài thu hoạch: học tập nghị quyết");
        assertThat(store.saveIfChanged(s)).isTrue();

        ChatSession again = store.load(42);
        assertThat(again.state()).contains("awaiting-invitation-code");
        assertThat(again.get("draft")).contains("Bài thu hoạch: học tập nghị quyết");
        try (Jedis jedis = pool.getResource()) {
            long ttl = jedis.ttl(prefix + "session:42");
            assertThat(ttl).isBetween(3500L, 3600L);
            assertThat(jedis.get(prefix + "session:42")).contains("\"schema\":1", "\"revision\":1");
        }
    }

    @Test
    void unchangedSessionIsNotWritten() {
        store.saveIfChanged(store.load(7));
        try (Jedis jedis = pool.getResource()) {
            assertThat(jedis.exists(prefix + "session:7")).isFalse();
        }
    }

    @Test
    void olderRevisionCannotOverwriteANewerOne() {
        ChatSession first = store.load(9);
        ChatSession second = store.load(9);
        first.enter("a");
        second.enter("b");
        assertThat(store.saveIfChanged(first)).isTrue();
        assertThat(store.saveIfChanged(second)).isFalse();
        assertThat(store.load(9).state()).contains("a");
    }

    @Test
    void otherSchemaOrGarbageGivesAFreshSession() {
        try (Jedis jedis = pool.getResource()) {
            jedis.set(prefix + "session:11", "{\"schema\":0,\"revision\":5,\"state\":\"old\",\"data\":{}}");
            jedis.set(prefix + "session:12", "not json at all");
        }
        assertThat(store.load(11).state()).isEmpty();
        assertThat(store.load(12).state()).isEmpty();
        ChatSession replaced = store.load(12);
        replaced.enter("new");
        assertThat(store.saveIfChanged(replaced)).isTrue();
        assertThat(store.load(12).state()).contains("new");
    }

    @Test
    void unreachableRedisGivesFreshUnsavedSessionsInsteadOfFailures() throws Exception {
        int deadPort;
        try (var socket = new java.net.ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        var config = new redis.clients.jedis.JedisPoolConfig();
        config.setMaxWait(Duration.ofMillis(200));
        try (JedisPool dead = new JedisPool(config, "127.0.0.1", deadPort, 200)) {
            var props = new StorageProperties(Path.of("data"), null, null, null, null, prefix, Duration.ofMillis(200), 2);
            SessionStore offline = new SessionStore(dead, JsonMapper.builder().build(), props, Duration.ofHours(1));
            ChatSession s = offline.load(5);
            assertThat(s.state()).isEmpty();
            s.enter("awaiting-invitation-code");
            assertThat(offline.saveIfChanged(s)).isFalse();
        }
    }
}

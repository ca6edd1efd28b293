package vn.hoctap.bot.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import redis.clients.jedis.JedisPool;
import vn.hoctap.bot.storage.StorageProperties;
import vn.hoctap.bot.testing.TestRedis;

/**
 * Only failed attempts count: an office behind one address signing in all day, or a script calling
 * the API, never locks anyone out; guesses still do, per address and per user name.
 */
class LoginThrottleTests {

    private final JedisPool pool = new JedisPool(URI.create(TestRedis.url()));
    private final LoginThrottle throttle = new LoginThrottle(pool,
            new StorageProperties(Path.of("data"), null, null, null, TestRedis.url(), "test-" + UUID.randomUUID() + ":",
                    Duration.ofSeconds(2), 4, 4),
            new DashboardProperties("admin", null, 3, 5, Duration.ofMinutes(15)));

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void successfulAttemptsNeverUseUpTheAddressesAllowance() {
        for (int i = 0; i < 50; i++) {
            assertThat(throttle.allows("user" + (i % 7), "10.0.0.1")).as("attempt %d", i).isTrue();
        }
    }

    @Test
    void failuresLockTheUserNameAndThenTheAddress() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.allows("lan", "10.0.0.2")).isTrue();
            throttle.failed("lan", "10.0.0.2");
        }
        assertThat(throttle.allows("lan", "10.0.0.2")).isFalse();
        assertThat(throttle.allows("lan", "10.0.0.3")).as("the user name is locked everywhere").isFalse();
        assertThat(throttle.allows("hoa", "10.0.0.2")).as("another user from the same address").isTrue();
        throttle.failed("hoa", "10.0.0.2");
        throttle.failed("minh", "10.0.0.2");
        assertThat(throttle.allows("tuan", "10.0.0.2")).as("the address used up its 5 failures").isFalse();
    }
}

package vn.hoctap.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedisTargetTests {

    @Test
    void readsHostPortCredentialsAndDatabase() {
        assertThat(RedisTarget.parse("redis://app:s3cret@redis.local:6380/2"))
                .isEqualTo(new RedisTarget("redis.local", 6380, "app", "s3cret", 2));
        assertThat(RedisTarget.parse("redis://:only-password@127.0.0.1:6379"))
                .isEqualTo(new RedisTarget("127.0.0.1", 6379, null, "only-password", 0));
        assertThat(RedisTarget.parse("redis://127.0.0.1")).isEqualTo(new RedisTarget("127.0.0.1", 6379, null, null, 0));
    }
}

package vn.hoctap.bot.testing;

import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

import vn.hoctap.bot.telegram.fake.FakeTelegramServer;
import vn.hoctap.content.testing.TestPostgres;

/** Points an app context at a fresh test database, a private Redis key prefix and (optionally) a fake Bot API. */
public final class TestInfrastructure {

    private TestInfrastructure() {
    }

    public static void register(DynamicPropertyRegistry registry, FakeTelegramServer telegramOrNull) {
        String database = TestPostgres.createDatabase();
        registry.add("hoctap.storage.database-url", () -> database);
        registry.add("hoctap.storage.redis-url", TestRedis::url);
        registry.add("hoctap.storage.redis-key-prefix", () -> "test-" + UUID.randomUUID() + ":");
        if (telegramOrNull != null) {
            registry.add("hoctap.telegram.token", telegramOrNull::token);
            registry.add("hoctap.telegram.url", telegramOrNull::baseUrl);
            registry.add("hoctap.telegram.poll-timeout", () -> "1s");
        }
    }
}

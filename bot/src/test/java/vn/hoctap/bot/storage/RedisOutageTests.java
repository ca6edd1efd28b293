package vn.hoctap.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import redis.embedded.RedisServer;
import vn.hoctap.bot.onboarding.Invitations;
import vn.hoctap.bot.telegram.fake.FakeTelegramServer;
import vn.hoctap.bot.telegram.fake.FakeUser;
import vn.hoctap.content.testing.TestPostgres;
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.unit.UnitLevel;
import vn.hoctap.scheduler.unit.UnitRepository;

/** The app's Redis goes away mid-conversation and comes back: members keep getting answers. */
@SpringBootTest(properties = "hoctap.storage.redis-timeout=300ms")
class RedisOutageTests {

    static final Duration WAIT = Duration.ofSeconds(15);
    static final FakeTelegramServer telegram = FakeTelegramServer.start("13579:OUTAGE", "HoctapOutageBot");
    static final int REDIS_PORT = freePort();
    static RedisServer redis = startRedis();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        String database = TestPostgres.createDatabase();
        registry.add("hoctap.storage.database-url", () -> database);
        registry.add("hoctap.storage.redis-url", () -> "redis://127.0.0.1:" + REDIS_PORT);
        registry.add("hoctap.storage.redis-key-prefix", () -> "test-" + UUID.randomUUID() + ":");
        registry.add("hoctap.telegram.token", telegram::token);
        registry.add("hoctap.telegram.url", telegram::baseUrl);
        registry.add("hoctap.telegram.poll-timeout", () -> "1s");
    }

    @Autowired
    UnitRepository units;
    @Autowired
    MemberRepository members;
    @Autowired
    Invitations invitations;

    @AfterAll
    static void stop() throws IOException {
        redis.stop();
    }

    @Test
    void botAnswersWhileRedisIsDownAndRecoversWhenItReturns() throws Exception {
        long unit = units.create(null, UnitLevel.PROVINCE, "Tỉnh sự cố").id();
        long member = members.create(unit, "Nguyễn Văn Sự").id();
        FakeUser user = telegram.user(9001, "Sự");
        user.sendText("/help");
        telegram.awaitMessage(user.chatId(), m -> m.text().contains("Hoctap Bot"), WAIT);

        redis.stop();
        user.sendText("/start " + invitations.create(member).code());
        telegram.awaitMessage(user.chatId(), m -> m.text().contains("Liên kết thành công"), WAIT);
        user.sendText("/hoc");
        telegram.awaitMessage(user.chatId(), m -> m.text().contains("không có tài liệu nào cần học"), WAIT);
        assertThat(members.findById(member).orElseThrow().telegramUserId()).isEqualTo(9001L);

        redis = startRedis();
        user.sendText("/start");
        telegram.awaitMessage(user.chatId(), m -> m.text().contains("Chào đồng chí Nguyễn Văn Sự"), WAIT);
        assertThat(telegram.sentMessages(user.chatId())).noneMatch(m -> m.text().contains("Xin lỗi"));
    }

    private static RedisServer startRedis() {
        try {
            RedisServer server = RedisServer.newRedisServer().port(REDIS_PORT).bind("127.0.0.1").setting("save \"\"")
                    .setting("appendonly no").build();
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.hoctap.bot.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.hoctap.bot.telegram.fake.FakeTelegramServer;
import vn.hoctap.bot.telegram.fake.FakeUser;
import vn.hoctap.bot.telegram.fake.RecordedCall;
import vn.hoctap.bot.telegram.fake.SentMessage;
import vn.hoctap.bot.testing.CampaignFixture;
import vn.hoctap.bot.testing.MutableClock;
import vn.hoctap.bot.testing.TestInfrastructure;
import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.scheduler.campaign.Campaign;
import vn.hoctap.scheduler.campaign.CampaignSteps;
import vn.hoctap.scheduler.campaign.Campaigns;
import vn.hoctap.scheduler.unit.UnitRepository;

/**
 * Campaign delivery through the fake Bot API, which enforces Telegram's limits (429 with
 * retry_after when exceeded): every member reached once, no 429 in normal running, a forced 429
 * pauses everyone, 403 members become unreachable, quiet hours and snooze hold.
 */
@SpringBootTest(properties = {"hoctap.delivery.rate-per-second=100", "hoctap.delivery.threads=4",
    "spring.main.allow-bean-definition-overriding=true"})
class CampaignDeliveryTests {

    static final FakeTelegramServer telegram = FakeTelegramServer.start("55555:CAMPAIGN", "HoctapCampaignBot");
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Duration WAIT = Duration.ofSeconds(90);
    private static final AtomicLong bases = new AtomicLong(3_000_000_000L);

    static {
        telegram.enforceRateLimits(100, 1);
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, telegram);
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }

    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UnitRepository units;
    @Autowired
    DocumentRepository documents;
    @Autowired
    Campaigns campaigns;
    @Autowired
    CampaignSteps steps;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private CampaignFixture fixture() {
        return new CampaignFixture(jdbc, units, documents, campaigns, bases.addAndGet(10_000_000));
    }

    @Test
    void campaignToTwoThousandMembersReachesEachExactlyOnceWithoutA429() {
        CampaignFixture f = fixture();
        List<Long> chats = f.members(2_000);
        int before429 = telegram.tooManyRequestsCount();
        // Starts now: the clustered Quartz job fires the announcement by itself.
        Campaign c = f.campaign(Instant.now(), Duration.ofDays(10), false);
        awaitTrue(() -> f.outbox(c.id(), "SENT") == 2_000, "2,000 announcements sent");
        var delivered = telegram.deliveredPerChat();
        assertThat(chats).allSatisfy(chat -> assertThat(delivered.get(chat)).as("chat %d", chat).isEqualTo(1L));
        assertThat(telegram.tooManyRequestsCount()).isEqualTo(before429);
        SentMessage sample = telegram.lastMessage(chats.get(7));
        assertThat(sample.text()).contains("Đợt học tập mới", "Đảng viên số", "Hạn hoàn thành");
        assertThat(sample.buttonTexts()).containsExactly("📚 Học ngay", "⏰ Nhắc tôi sau");

        // Running the same step again (a recovered job, a second instance) queues nothing.
        assertThat(steps.run(c.id(), "announce")).isZero();
    }

    @Test
    void aForced429PausesAllSendingForRetryAfterAndThenResumes() {
        CampaignFixture f = fixture();
        List<Long> chats = f.members(120);
        Campaign c = f.campaign(clock.instant().minusSeconds(60), Duration.ofDays(10), false);
        telegram.failNextWith429("sendMessage", 2);
        steps.run(c.id(), "announce");
        awaitTrue(() -> f.outbox(c.id(), "SENT") == 120, "all 120 sent after the pause");
        assertThat(f.outbox(c.id(), "FAILED")).isZero();
        List<RecordedCall> sends = telegram.calls("sendMessage").stream()
                .filter(call -> chats.contains(call.params().path("chat_id").asLong())).toList();
        int refused = -1;
        for (int i = 0; i < sends.size(); i++) {
            long chat = sends.get(i).params().path("chat_id").asLong();
            if (sends.stream().filter(s -> s.params().path("chat_id").asLong() == chat).count() == 2) {
                refused = i;
                break;
            }
        }
        assertThat(refused).as("the send that got 429 was retried").isNotNegative();
        Instant refusedAt = sends.get(refused).at();
        // Requests already on the wire when the 429 came back may land: one per other worker thread (3), and on a
        // loaded machine a second one each if its first answer came back before the refused thread recorded the
        // pause. After them nothing is sent until retry_after has passed: that gap is what this test is about.
        int next = refused + 1;
        while (next < sends.size() && Duration.between(refusedAt, sends.get(next).at()).toMillis() < 100) {
            next++;
        }
        assertThat(next - refused - 1).as("sends in flight at the 429").isLessThanOrEqualTo(6);
        assertThat(Duration.between(refusedAt, sends.get(next).at())).isGreaterThanOrEqualTo(Duration.ofMillis(1_900));
    }

    @Test
    void membersWhoBlockedTheBotEndUpUnreachableAndAreNotRetried() {
        CampaignFixture f = fixture();
        List<Long> chats = f.members(40);
        List<Long> blocked = chats.subList(0, 5);
        blocked.forEach(telegram::userBlocksBot);
        Campaign c = f.campaign(clock.instant().minusSeconds(60), Duration.ofDays(10), false);
        steps.run(c.id(), "announce");
        awaitTrue(() -> f.outbox(c.id(), "SENT") == 35 && f.outbox(c.id(), "UNREACHABLE") == 5, "35 sent, 5 unreachable");
        for (long chat : blocked) {
            assertThat(telegram.calls("sendMessage").stream().filter(s -> s.params().path("chat_id").asLong() == chat)).hasSize(1);
            assertThat(jdbc.sql("SELECT status FROM members WHERE telegram_user_id = :c").param("c", chat).query(String.class).single())
                    .isEqualTo("BLOCKED");
        }
        // A blocked member is not targeted by the next reminder.
        steps.run(c.id(), "remind-PT72H");
        awaitTrue(() -> f.outbox(c.id(), "SENT") == 70, "the reminder reached the 35 reachable members");
        assertThat(f.outbox(c.id(), "UNREACHABLE")).isEqualTo(5);
    }

    @Test
    void quietHoursHoldMessagesUntilMorning() {
        CampaignFixture f = fixture();
        List<Long> chats = f.members(10);
        Instant evening = LocalDateTime.now(VN).withHour(22).withMinute(0).atZone(VN).toInstant();
        clock.set(evening);
        Campaign c = f.campaign(evening.minus(Duration.ofHours(1)), Duration.ofDays(10), true);
        assertThat(steps.run(c.id(), "announce")).isEqualTo(10);
        // Sentinel: a campaign without quiet hours, queued after. The worker claims due rows oldest first,
        // so once the sentinel's rows are sent, held rows that were wrongly due would be sending or sent.
        CampaignFixture other = fixture();
        other.members(2);
        Campaign sentinel = other.campaign(evening.minus(Duration.ofHours(1)), Duration.ofDays(10), false);
        steps.run(sentinel.id(), "announce");
        awaitTrue(() -> other.outbox(sentinel.id(), "SENT") == 2, "the sentinel campaign sent at night");
        Awaitility.await("the held rows back in the queue").atMost(Duration.ofSeconds(10))
                .until(() -> f.outbox(c.id(), "PENDING") == 10);
        assertThat(f.outbox(c.id(), "SENT")).isZero();
        assertThat(chats).allSatisfy(chat -> assertThat(telegram.deliveredPerChat().get(chat)).isNull());
        Instant pending = jdbc.sql("SELECT min(not_before) FROM outbox WHERE campaign_id = :c").param("c", c.id())
                .query(java.sql.Timestamp.class).single().toInstant();
        assertThat(pending.atZone(VN).toLocalTime()).isEqualTo(java.time.LocalTime.of(7, 0));

        clock.set(pending.plusSeconds(1));
        awaitTrue(() -> f.outbox(c.id(), "SENT") == 10, "sent in the morning");
    }

    @Test
    void snoozedMemberIsRemindedOnlyAfterTheSnooze() {
        CampaignFixture f = fixture();
        List<Long> chats = f.members(6);
        Campaign c = f.campaign(clock.instant().minusSeconds(60), Duration.ofDays(10), false);
        steps.run(c.id(), "announce");
        awaitTrue(() -> f.outbox(c.id(), "SENT") == 6, "announcement sent");

        FakeUser sleepy = telegram.user(chats.get(0), "Ngủ");
        String tap = sleepy.press(telegram.lastMessage(chats.get(0)), "⏰ Nhắc tôi sau");
        assertThat(telegram.awaitCallbackAnswer(tap, WAIT)).isEqualTo("Đã hoãn: bot sẽ nhắc lại sau 1 ngày.");

        steps.run(c.id(), "remind-PT72H");
        awaitTrue(() -> f.outbox(c.id(), "SENT") == 11, "reminder sent to the 5 others");
        assertThat(telegram.deliveredPerChat().get(chats.get(0))).isEqualTo(1L);

        clock.advance(Duration.ofHours(25));
        awaitTrue(() -> f.outbox(c.id(), "SENT") == 12, "the snoozed member reminded after the snooze");
        assertThat(telegram.lastMessage(chats.get(0)).text()).contains("Nhắc nhở");
    }

    static void awaitTrue(BooleanSupplier condition, String what) {
        Awaitility.await(what).atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(condition::getAsBoolean);
    }
}

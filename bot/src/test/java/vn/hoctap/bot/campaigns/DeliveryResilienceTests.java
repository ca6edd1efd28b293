package vn.hoctap.bot.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.bot.campaigns.CampaignDeliveryTests.awaitTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoctap.bot.HoctapApplication;
import vn.hoctap.bot.telegram.fake.FakeTelegramServer;
import vn.hoctap.bot.testing.CampaignFixture;
import vn.hoctap.bot.testing.TestRedis;
import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.content.testing.TestPostgres;
import vn.hoctap.scheduler.campaign.Campaign;
import vn.hoctap.scheduler.campaign.Campaigns;
import vn.hoctap.scheduler.delivery.DeliveryWorker;
import vn.hoctap.scheduler.delivery.SendBudget;
import vn.hoctap.scheduler.unit.UnitRepository;

/**
 * Failures that must not lose or multiply messages: an instance killed mid-broadcast, and two
 * instances sharing one PostgreSQL and one Redis.
 *
 * <p>Written-down bound: a crash can repeat only the messages sent but not yet stored, i.e. at most
 * one chunk per delivery thread of the crashed instance ({@code hoctap.delivery.threads} ×
 * {@link SendBudget#chunk}: one message at 30/s, two at this test's 300/s, nine at 1,000/s); unsent
 * claims return to the queue when their lease expires and are sent once.
 */
class DeliveryResilienceTests {

    static final int THREADS = 3;
    static final FakeTelegramServer telegram = FakeTelegramServer.start("77777:RESILIENT", "HoctapResilientBot");

    @AfterAll
    static void stopFake() {
        telegram.close();
    }

    private static ConfigurableApplicationContext start(String database, String prefix, int rate) {
        return new SpringApplicationBuilder(HoctapApplication.class).run("--server.port=0",
                "--hoctap.storage.database-url=" + database, "--hoctap.storage.redis-url=" + TestRedis.url(),
                "--hoctap.storage.redis-key-prefix=" + prefix, "--hoctap.telegram.token=" + telegram.token(),
                "--hoctap.telegram.url=" + telegram.baseUrl(), "--hoctap.telegram.poll-timeout=1s",
                "--hoctap.admin.token=resilience", "--hoctap.delivery.threads=" + THREADS,
                "--hoctap.delivery.rate-per-second=" + rate, "--hoctap.delivery.lease=3s",
                // Quartz keeps its data source in a JVM-wide registry by scheduler name: with the shared test context's
                // name ("hoctap"), closing these instances closed the data source that context's scheduler then used.
                "--spring.quartz.scheduler-name=hoctap-resilience");
    }

    private static CampaignFixture fixture(ConfigurableApplicationContext app, long base) {
        return new CampaignFixture(app.getBean(JdbcClient.class), app.getBean(UnitRepository.class),
                app.getBean(DocumentRepository.class), app.getBean(Campaigns.class), base);
    }

    @Test
    void killedMidBroadcastTheNextInstanceFinishesItWithinTheDuplicateBound() {
        String database = TestPostgres.createDatabase();
        String prefix = "test-" + UUID.randomUUID() + ":";
        telegram.enforceRateLimits(300, 1);
        ConfigurableApplicationContext first = start(database, prefix, 300);
        CampaignFixture f = fixture(first, 6_000_000_000L);
        List<Long> chats = f.members(2_000);
        Campaign c = f.campaign(Instant.now(), Duration.ofDays(10), false);
        awaitTrue(() -> f.outbox(c.id(), "SENT") >= 500, "the broadcast under way");
        int chunk = first.getBean(SendBudget.class).chunk(false);
        first.getBean(DeliveryWorker.class).halt();
        long sentBeforeCrash = f.outbox(c.id(), "SENT");
        long claimedAtCrash = f.outbox(c.id(), "SENDING");
        assertThat(sentBeforeCrash).isLessThan(2_000);

        ConfigurableApplicationContext second = start(database, prefix, 300);
        try {
            awaitTrue(() -> f.outbox(c.id(), "SENT") == 2_000, "the second instance finishing the broadcast");
            var delivered = telegram.deliveredPerChat();
            long duplicates = chats.stream().mapToLong(chat -> delivered.getOrDefault(chat, 0L) - 1).sum();
            assertThat(chats).allSatisfy(chat -> assertThat(delivered.getOrDefault(chat, 0L)).as("chat %d", chat).isBetween(1L, 2L));
            assertThat(duplicates).as("duplicates (claimed at crash: %d)", claimedAtCrash).isLessThanOrEqualTo(THREADS * chunk);
        } finally {
            second.close();
            first.close();
            TestPostgres.drop(database);
        }
    }

    @Test
    void twoInstancesSendEachReminderOnceAndStayUnderTheGlobalLimit() {
        String database = TestPostgres.createDatabase();
        String prefix = "test-" + UUID.randomUUID() + ":";
        telegram.enforceRateLimits(60, 1);
        int before429 = telegram.tooManyRequestsCount();
        ConfigurableApplicationContext a = start(database, prefix, 60);
        ConfigurableApplicationContext b = null;
        try {
            CampaignFixture f = fixture(a, 8_000_000_000L);
            List<Long> chats = f.members(600);
            // Scheduled on A, due once B is up: both clustered schedulers race for the trigger. (Quartz keeps
            // its connection provider in a JVM-wide registry keyed by scheduler name, so in this one-JVM test
            // the campaign is created before B registers its own; separate processes have no such overlap.)
            Campaign c = f.campaign(Instant.now().plusSeconds(10), Duration.ofDays(10), false);
            b = start(database, prefix, 60);
            CampaignDeliveryTests.awaitTrue(() -> f.outbox(c.id(), "PENDING") + f.outbox(c.id(), "SENDING")
                    + f.outbox(c.id(), "SENT") > 0, "the announcement job firing");
            Instant started = Instant.now();
            awaitTrue(() -> f.outbox(c.id(), "SENT") == 600, "600 announcements");
            double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
            var delivered = telegram.deliveredPerChat();
            assertThat(chats).allSatisfy(chat -> assertThat(delivered.get(chat)).isEqualTo(1L));
            assertThat(telegram.tooManyRequestsCount()).isEqualTo(before429);
            assertThat(a.getBean(DeliveryWorker.class).sentByThisWorker()).isPositive();
            assertThat(b.getBean(DeliveryWorker.class).sentByThisWorker()).isPositive();
            assertThat(600 / seconds).as("overall rate").isLessThanOrEqualTo(61.0);
            // The announcement job ran on one instance only: one outbox row per member.
            assertThat(a.getBean(JdbcClient.class).sql("SELECT count(*) FROM outbox WHERE campaign_id = :c")
                    .param("c", c.id()).query(Long.class).single()).isEqualTo(600);
        } finally {
            if (b != null) {
                b.close();
            }
            a.close();
            telegram.enforceRateLimits(0, 0);
            TestPostgres.drop(database);
        }
    }
}

package vn.hoctap.bot.bench;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

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
import vn.hoctap.scheduler.delivery.Outbox;
import vn.hoctap.scheduler.delivery.Recipient;
import vn.hoctap.scheduler.unit.UnitRepository;

/**
 * Delivery benchmark: N reminders through the whole app (outbox, shared Bucket4j limits in Redis,
 * delivery threads, TelegramBots client) against the fake Bot API enforcing the same limit, at the
 * ordinary 30/s and at the paid-broadcast 1,000/s. Reports the sustained rate (first to last send)
 * as a share of the limit, and the 429s seen.
 *
 * <pre>mvn -q -pl bot -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -cp "bot/target/test-classes:bot/target/classes:$(cat bot/target/bench.cp)" vn.hoctap.bot.bench.DeliveryBenchmark 10000 both</pre> (or {@code ordinary} / {@code paid})
 */
public final class DeliveryBenchmark {

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        String mode = args.length > 1 ? args[1] : "both";
        if (!mode.equals("paid")) {
            run(n, 30, false);
        }
        if (!mode.equals("ordinary")) {
            run(n, 1_000, true);
        }
        System.exit(0);
    }

    static void run(int n, int limit, boolean paid) {
        FakeTelegramServer telegram = FakeTelegramServer.start("99999:BENCH", "HoctapBenchBot");
        telegram.enforceRateLimits(limit, 1);
        String rateProperty = paid ? "--hoctap.delivery.paid-rate-per-second=" + limit : "--hoctap.delivery.rate-per-second=" + limit;
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HoctapApplication.class).run("--server.port=0",
                "--hoctap.storage.database-url=" + TestPostgres.createDatabase(), "--hoctap.storage.redis-url=" + TestRedis.url(),
                "--hoctap.storage.redis-key-prefix=bench-" + UUID.randomUUID() + ":", "--hoctap.telegram.token=" + telegram.token(),
                "--hoctap.telegram.url=" + telegram.baseUrl(), "--hoctap.delivery.threads=" + Integer.getInteger("threads", 8) /* the shipped setting (application.yml) */, rateProperty,
                "--logging.level.root=WARN")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            CampaignFixture f = new CampaignFixture(jdbc, app.getBean(UnitRepository.class), app.getBean(DocumentRepository.class),
                    app.getBean(Campaigns.class), 9_000_000_000L);
            List<Long> chats = f.members(n);
            Campaign c = f.campaign(Instant.now().plus(Duration.ofDays(1)), Duration.ofDays(10), false);
            List<Recipient> recipients = chats.stream().map(chat -> new Recipient(f.memberWithChat(chat), chat,
                    "⏰ Nhắc nhở: đợt học tập sắp hết hạn, đồng chí chưa hoàn thành.", null)).toList();
            CpuClock cpu = CpuClock.start();
            app.getBean(Outbox.class).enqueue(c.id(), "bench", recipients, Instant.now(), paid);
            long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
            while (f.outbox(c.id(), "SENT") < n && System.nanoTime() < deadline) {
                sleep(500);
            }
            var span = jdbc.sql("SELECT min(sent_at), max(sent_at), count(*) FROM outbox WHERE campaign_id = :c AND status = 'SENT'")
                    .param("c", c.id()).query((rs, i) -> new Object[] {rs.getTimestamp(1), rs.getTimestamp(2), rs.getLong(3)}).single();
            long sent = (Long) span[2];
            double seconds = Duration.between(((Timestamp) span[0]).toInstant(), ((Timestamp) span[1]).toInstant()).toMillis() / 1000.0;
            double rate = (sent - 1) / seconds;
            System.out.printf("%s: %,d of %,d sent in %.1f s: %.1f msg/s = %.1f%% of the %d/s limit; 429 answers: %d; "
                    + "CPU per message %.3f ms (whole process), %.3f ms (without the fake server); load average %s%n",
                    paid ? "paid broadcast" : "ordinary", sent, n, seconds, rate, 100 * rate / limit, limit,
                    telegram.tooManyRequestsCount(), cpu.processMs() / sent, cpu.appMs() / sent, UpdateBenchmark.loadAverage());
        } finally {
            telegram.close();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

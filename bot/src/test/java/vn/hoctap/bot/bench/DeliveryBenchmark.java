package vn.hoctap.bot.bench;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import redis.clients.jedis.Jedis;
import vn.hoctap.bot.HoctapApplication;
import vn.hoctap.bot.telegram.fake.FakeTelegramServer;
import vn.hoctap.bot.telegram.fake.FakeUser;
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
 * Delivery benchmark: N reminders through the whole app (outbox, shared send budget in Redis,
 * delivery threads, TelegramBots client) against the fake Bot API enforcing the same limit, at the
 * ordinary 30/s and at the paid-broadcast 1,000/s. While the broadcast runs, members send
 * {@code /tiendo} ({@code -DreplyRate=}, per second; default 10 in paid mode, 0.5 in ordinary mode,
 * where replies share the 30/s with the broadcast) and the time from the update being queued at
 * the fake to the answer reaching it is measured. Reports the sustained rate (first to last send)
 * as a share of the limit, the 429s seen, reply p50/p99, CPU per message (in total and by thread
 * group) and PostgreSQL transactions and Redis commands per message. {@code -Dwarmup=2000} sends
 * that many first, unmeasured, so the figures are those of compiled code.
 *
 * <pre>mvn -q -o -pl bot -am test-compile org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -cp "bot/target/test-classes:bot/target/classes:$(cat bot/target/bench.cp)" vn.hoctap.bot.bench.DeliveryBenchmark 10000 paid</pre> (or {@code ordinary} / {@code both})
 */
public final class DeliveryBenchmark {

    private static final String REMINDER = "⏰ Nhắc nhở: đợt học tập sắp hết hạn, đồng chí chưa hoàn thành.";

    public static void main(String[] args) throws Exception {
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

    static void run(int n, int limit, boolean paid) throws Exception {
        FakeTelegramServer telegram = FakeTelegramServer.start("99999:BENCH", "HoctapBenchBot");
        telegram.enforceRateLimits(limit, 1);
        String rateProperty = paid ? "--hoctap.delivery.paid-rate-per-second=" + limit : "--hoctap.delivery.rate-per-second=" + limit;
        double replyRate = Double.parseDouble(System.getProperty("replyRate", paid ? "10" : "0.5"));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HoctapApplication.class).run("--server.port=0",
                "--hoctap.storage.database-url=" + TestPostgres.createDatabase(), "--hoctap.storage.redis-url=" + TestRedis.url(),
                "--hoctap.storage.redis-key-prefix=bench-" + UUID.randomUUID() + ":", "--hoctap.telegram.token=" + telegram.token(),
                "--hoctap.telegram.url=" + telegram.baseUrl(), "--hoctap.telegram.poll-timeout=1s",
                "--hoctap.delivery.threads=" + Integer.getInteger("threads", 8) /* the shipped setting (application.yml) */, rateProperty,
                "--logging.level.root=WARN")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            CampaignFixture f = new CampaignFixture(jdbc, app.getBean(UnitRepository.class), app.getBean(DocumentRepository.class),
                    app.getBean(Campaigns.class), 9_000_000_000L);
            List<Long> chats = f.members(n);
            Campaign c = f.campaign(Instant.now().plus(Duration.ofDays(1)), Duration.ofDays(10), false);
            List<Recipient> recipients = chats.stream().map(chat -> new Recipient(f.memberWithChat(chat), chat, REMINDER, null)).toList();
            int warmup = Integer.getInteger("warmup", 0);
            if (warmup > 0) {
                // The same path once before measuring, so the JIT has compiled it (-Dwarmup=, default none).
                app.getBean(Outbox.class).enqueue(c.id(), "warmup", recipients.subList(0, Math.min(warmup, n)), Instant.now(), paid);
                while (f.outbox(c.id(), "SENT") < Math.min(warmup, n)) {
                    Thread.sleep(200);
                }
                jdbc.sql("DELETE FROM outbox WHERE campaign_id = :c").param("c", c.id()).update();
            }
            Replies replies = new Replies(telegram);
            Thread.sleep(1_500); // PostgreSQL's statistics are flushed about once a second
            long[] db0 = dbCounters(jdbc);
            Map<String, Long> redis0 = redisCounters();
            Map<String, Long> threads0 = CpuClock.byGroup();
            CpuClock cpu = CpuClock.start();
            app.getBean(Outbox.class).enqueue(c.id(), "bench", recipients, Instant.now(), paid);
            long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
            long period = replyRate > 0 ? (long) (1e9 / replyRate) : Long.MAX_VALUE;
            long nextReply = System.nanoTime() + period;
            int asked = 0;
            while (System.nanoTime() < deadline) {
                if (f.outbox(c.id(), "SENT") >= n) {
                    break;
                }
                long until = System.nanoTime() + 200_000_000L;
                while (System.nanoTime() < until) {
                    if (System.nanoTime() >= nextReply) {
                        replies.ask(telegram.user(chats.get((asked * 7919) % chats.size()), "Đảng viên"));
                        asked++;
                        nextReply += period;
                    }
                    Thread.sleep(Math.max(1, Math.min((until - System.nanoTime()) / 1_000_000, (nextReply - System.nanoTime()) / 1_000_000)));
                }
            }
            double appMs = cpu.appMs();
            double processMs = cpu.processMs();
            Map<String, Long> threads1 = CpuClock.byGroup();
            replies.awaitAll(Duration.ofSeconds(30));
            Thread.sleep(1_500);
            long[] db1 = dbCounters(jdbc);
            Map<String, Long> redis1 = redisCounters();
            var span = jdbc.sql("SELECT min(sent_at), max(sent_at), count(*) FROM outbox WHERE campaign_id = :c AND status = 'SENT'")
                    .param("c", c.id()).query((rs, i) -> new Object[] {rs.getTimestamp(1), rs.getTimestamp(2), rs.getLong(3)}).single();
            long sent = (Long) span[2];
            double seconds = Duration.between(((Timestamp) span[0]).toInstant(), ((Timestamp) span[1]).toInstant()).toMillis() / 1000.0;
            double rate = (sent - 1) / seconds;
            System.out.printf("%s: %,d of %,d sent in %.1f s: %.1f msg/s = %.1f%% of the %d/s limit; 429 answers: %d; "
                    + "CPU per message %.3f ms (whole process), %.3f ms (without the fake server); load average %s%n",
                    paid ? "paid broadcast" : "ordinary", sent, n, seconds, rate, 100 * rate / limit, limit,
                    telegram.tooManyRequestsCount(), processMs / sent, appMs / sent, UpdateBenchmark.loadAverage());
            System.out.printf("  replies during the broadcast: %d asked (%.1f/s), %d answered, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    asked, replyRate, replies.latencies.size(), replies.percentile(0.5), replies.percentile(0.99), replies.percentile(1.0));
            StringBuilder groups = new StringBuilder("  CPU per message by thread group, ms:");
            threads1.forEach((g, v) -> groups.append(String.format(" %s %.3f;", g, (v - threads0.getOrDefault(g, 0L)) / 1e6 / sent)));
            System.out.println(groups);
            System.out.printf("  per message: PostgreSQL %.2f transactions, %.2f rows updated; Redis %s (whole server)%n",
                    (db1[0] - db0[0]) / (double) sent, (db1[1] - db0[1]) / (double) sent, perMessage(redis0, redis1, sent));
        } finally {
            telegram.close();
        }
    }

    /** Answers to members' {@code /tiendo}: time from the update queued at the fake to the bot's first answer in that chat. */
    static final class Replies {
        final Map<Long, Long> pending = new ConcurrentHashMap<>();
        final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());

        Replies(FakeTelegramServer telegram) {
            telegram.onCall(call -> {
                String chat = call.param("chat_id");
                if (chat != null && call.method().equalsIgnoreCase("sendMessage") && !REMINDER.equals(call.param("text"))) {
                    Long queued = pending.remove(Long.valueOf(chat));
                    if (queued != null) {
                        latencies.add(System.nanoTime() - queued);
                    }
                }
            });
        }

        void ask(FakeUser user) {
            if (pending.putIfAbsent(user.chatId(), System.nanoTime()) == null) {
                user.sendText("/tiendo");
            }
        }

        void awaitAll(Duration timeout) throws InterruptedException {
            long end = System.nanoTime() + timeout.toNanos();
            while (!pending.isEmpty() && System.nanoTime() < end) {
                Thread.sleep(20);
            }
        }

        double percentile(double p) {
            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1e6;
        }
    }

    private static long[] dbCounters(JdbcClient jdbc) {
        return jdbc.sql("SELECT xact_commit + xact_rollback, tup_updated FROM pg_stat_database WHERE datname = current_database()")
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    /** Calls per command on the whole Redis server (other processes' commands included). */
    private static Map<String, Long> redisCounters() {
        Map<String, Long> calls = new TreeMap<>();
        try (Jedis jedis = new Jedis(java.net.URI.create(TestRedis.url()))) {
            for (String line : jedis.info("commandstats").split("\r?\n")) {
                if (line.startsWith("cmdstat_")) {
                    String name = line.substring(8, line.indexOf(':'));
                    String count = line.substring(line.indexOf("calls=") + 6, line.indexOf(',', line.indexOf("calls=")));
                    calls.put(name, Long.parseLong(count));
                }
            }
        }
        return calls;
    }

    private static String perMessage(Map<String, Long> before, Map<String, Long> after, long sent) {
        StringBuilder s = new StringBuilder();
        double total = 0;
        for (var e : after.entrySet()) {
            long d = e.getValue() - before.getOrDefault(e.getKey(), 0L);
            if (d >= sent / 100 && !e.getKey().equals("info")) {
                s.append(String.format("%s %.2f, ", e.getKey(), d / (double) sent));
            }
            total += d;
        }
        return s.append(String.format("all %.2f", total / sent)).toString();
    }
}

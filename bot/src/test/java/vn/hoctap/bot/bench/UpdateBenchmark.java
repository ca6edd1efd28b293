package vn.hoctap.bot.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;

import vn.hoctap.bot.HoctapApplication;
import vn.hoctap.bot.telegram.fake.FakeTelegramServer;
import vn.hoctap.bot.telegram.fake.FakeUser;
import vn.hoctap.bot.testing.CampaignFixture;
import vn.hoctap.bot.testing.TestRedis;
import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.content.testing.TestPostgres;
import vn.hoctap.scheduler.assignment.AssignmentRepository;
import vn.hoctap.scheduler.campaign.Campaigns;
import vn.hoctap.scheduler.unit.UnitRepository;

/**
 * Update pipeline benchmark, side by side in one run: a bare TelegramBots echo bot ({@link EchoBot})
 * its durable variant (the least a bot that loses nothing at a crash does: store, one transaction per
 * update, answer) and the whole app (durable inbox, per-update transaction, sessions, real handlers, the bundled
 * library in search), each long-polling its own in-process fake Bot API, fed the same
 * {@link UpdateMix}. Per round and subject: a burst of N updates over C chats (held, then released
 * at once: throughput to the last handled update, process CPU per update with and without the fake
 * server's threads, time until the burst was fetched and stored, i.e. confirmed at the fake) and a
 * paced run at R updates/s (p50/p99 from the update being queued to the first answer in its chat).
 * Reports medians over the rounds and the ratios. Also: how fast the fake alone hands out updates.
 *
 * <pre>mvn -q -pl bot -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -cp "bot/target/test-classes:bot/target/classes:$(cat bot/target/bench.cp)" vn.hoctap.bot.bench.UpdateBenchmark 10000 1000 3 100 20</pre>
 * (updates, chats, rounds, paced rate, paced seconds). {@code -Dmix=nosearch} replaces the searches by the other
 * kinds in proportion, to show the pipeline's own cost apart from search; {@code -DcountStatements=true} counts the
 * SQL statements per update ({@link StatementCounter}).
 */
public final class UpdateBenchmark {

    record Result(double perSecond, double cpuMs, double appCpuMs, double storedMs, double p50, double p99, int unanswered,
            double sqlPerUpdate, double redisPerUpdate) {
    }

    /** One bot under test: its fake server, its users and how many updates it has handled. */
    record Subject(String name, FakeTelegramServer telegram, List<FakeUser> users, List<Long> assignments, LongSupplier handled) {
    }

    public static void main(String[] args) throws Exception {
        int n = arg(args, 0, 10_000);
        int chats = arg(args, 1, 1_000);
        int rounds = arg(args, 2, 3);
        int rate = arg(args, 3, 100);
        int pacedSeconds = arg(args, 4, 20);
        FakeTelegramServer echoApi = FakeTelegramServer.start("99997:ECHO", "EchoBenchBot");
        FakeTelegramServer durableApi = FakeTelegramServer.start("99995:DURABLE", "DurableEchoBenchBot");
        FakeTelegramServer botApi = FakeTelegramServer.start("99998:BENCH", "HoctapBenchBot");
        com.zaxxer.hikari.HikariConfig ledgerConfig = new com.zaxxer.hikari.HikariConfig();
        ledgerConfig.setJdbcUrl(TestPostgres.createDatabase());
        ledgerConfig.setMaximumPoolSize(8);
        try (EchoBot echo = new EchoBot(echoApi, 8); com.zaxxer.hikari.HikariDataSource ledger = new com.zaxxer.hikari.HikariDataSource(ledgerConfig);
                EchoBot durable = new EchoBot(durableApi, 8, ledger); ConfigurableApplicationContext app = startApp(botApi)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            CampaignFixture f = new CampaignFixture(jdbc, app.getBean(UnitRepository.class), app.getBean(DocumentRepository.class),
                    app.getBean(Campaigns.class), 9_100_000_000L);
            List<Long> chatIds = f.members(chats);
            Instant now = Instant.now();
            List<Long> assignments = jdbc.sql("SELECT id FROM documents WHERE id <> :d ORDER BY issued_on DESC, id LIMIT 2")
                    .param("d", f.document).query(Long.class).list().stream()
                    .map(doc -> app.getBean(AssignmentRepository.class).create(doc, f.province, now.minusSeconds(60), now.plus(Duration.ofDays(30))))
                    .toList();
            Subject e = new Subject("echo", echoApi, chatIds.stream().map(c -> echoApi.user(c, "Đảng viên")).toList(), assignments, echo::handled);
            Subject d = new Subject("durable", durableApi, chatIds.stream().map(c -> durableApi.user(c, "Đảng viên")).toList(), assignments,
                    durable::handled);
            Subject b = new Subject("hoctap", botApi, chatIds.stream().map(c -> botApi.user(c, "Đảng viên")).toList(), assignments,
                    () -> jdbc.sql("SELECT count(*) FROM telegram_inbox WHERE status <> 'PENDING'").query(Long.class).single());
            System.out.printf("Mix: %s%s%n", UpdateMix.noSearch() ? "nosearch (/hoc 2/7, /tiendo 1/7, buttons 4/7)" : "issue 18 (with search)",
                    Boolean.getBoolean("countStatements") ? "; counting SQL statements" : "");
            System.out.printf("Fake Bot API alone hands out %,.0f updates/s through getUpdates%n", fakeAlone(n));
            burst(e, n / 5, 1);
            burst(d, n / 5, 1);
            burst(b, n / 5, 1);
            List<Result> echoResults = new ArrayList<>();
            List<Result> durableResults = new ArrayList<>();
            List<Result> botResults = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                for (Subject s : List.of(e, d, b)) {
                    Result burst = burst(s, n, 100 + r);
                    Result paced = paced(s, rate, pacedSeconds, 200 + r);
                    Result result = new Result(burst.perSecond, burst.cpuMs, burst.appCpuMs, burst.storedMs, paced.p50, paced.p99,
                            paced.unanswered, burst.sqlPerUpdate, burst.redisPerUpdate);
                    (s == e ? echoResults : s == d ? durableResults : botResults).add(result);
                    System.out.printf("round %d %-7s %s (load average %s)%n", r + 1, s.name(), result, loadAverage());
                }
            }
            summary(echoResults, botResults, n, chats, rate);
            System.out.printf("%nThe durable echo bot (stores each batch, one transaction per update, answers; no session, no handler):%n");
            System.out.printf("| measure | echo | durable echo | ratio |%n|---|---|---|---|%n");
            row("throughput, updates/s", echoResults, durableResults, Result::perSecond);
            row("CPU per update, without the fake server, ms", echoResults, durableResults, Result::appCpuMs);
            row("burst fetched and stored, ms", echoResults, durableResults, Result::storedMs);
            row("p99 at " + rate + "/s, ms", echoResults, durableResults, Result::p99);
            idle(Duration.ofSeconds(5), Duration.ofSeconds(30));
        } finally {
            echoApi.close();
            durableApi.close();
            botApi.close();
        }
        System.exit(0);
    }

    private static ConfigurableApplicationContext startApp(FakeTelegramServer telegram) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(HoctapApplication.class);
        if (Boolean.getBoolean("countStatements")) {
            builder.initializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(new StatementCounter()));
        }
        return builder.run("--server.port=0",
                "--hoctap.storage.database-url=" + TestPostgres.createDatabase(), "--hoctap.storage.redis-url=" + TestRedis.url(),
                "--hoctap.storage.redis-key-prefix=bench-" + UUID.randomUUID() + ":", "--hoctap.telegram.token=" + telegram.token(),
                "--hoctap.telegram.url=" + telegram.baseUrl(), "--hoctap.demo=true", "--logging.level.root=WARN",
                // Replies share Telegram's global 30 messages/s with bulk sends (SendBudget): at the shipped setting
                // that cap, not the pipeline, bounds throughput (28.5 updates/s). Lifted here, as the echo bot has none.
                "--hoctap.delivery.rate-per-second=" + Integer.getInteger("replyRate", 1_000_000));
    }

    /** Holds the fake's queue, queues n updates, releases them at once and waits until all are handled. */
    static Result burst(Subject s, int n, long seed) throws InterruptedException {
        long before = s.handled().getAsLong();
        UpdateMix mix = new UpdateMix(s.users(), s.assignments(), seed);
        FakeTelegramServer.UpdateHold hold = s.telegram().holdUpdates();
        for (int i = 0; i < n; i++) {
            mix.queueNext();
        }
        long statements = StatementCounter.STATEMENTS.get();
        long redisCommands = redisCommands();
        CpuClock cpu = CpuClock.start();
        long t0 = System.nanoTime();
        hold.close();
        long stored = -1;
        long deadline = t0 + Duration.ofMinutes(10).toNanos();
        for (int i = 0; System.nanoTime() < deadline; i++) {
            if (stored < 0 && s.telegram().unconfirmedUpdateCount() == 0) {
                stored = System.nanoTime() - t0;
            }
            if (i % 20 == 0 && s.handled().getAsLong() - before >= n) {
                break;
            }
            Thread.sleep(2);
        }
        long elapsed = System.nanoTime() - t0;
        double cpuMs = cpu.processMs() / n;
        double appCpuMs = cpu.appMs() / n;
        boolean app = s.name().equals("hoctap");
        double sql = app ? (StatementCounter.STATEMENTS.get() - statements) / (double) n : 0;
        double redis = app ? (redisCommands() - redisCommands - 1) / (double) n : 0;
        return new Result(n / (elapsed / 1e9), cpuMs, appCpuMs, stored / 1e6, 0, 0, 0, sql, redis);
    }

    /** Sends {@code rate} updates a second, chats in turn; latency = update queued to first answer in its chat. */
    static Result paced(Subject s, int rate, int seconds, long seed) throws InterruptedException {
        UpdateMix mix = new UpdateMix(s.users(), s.assignments(), seed);
        Map<Long, Long> pending = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        s.telegram().onCall(call -> {
            String chat = call.param("chat_id");
            Long chatId = chat != null ? Long.valueOf(chat) : mix.callbackChats.get(String.valueOf(call.param("callback_query_id")));
            Long queued = chatId == null ? null : pending.remove(chatId);
            if (queued != null) {
                latencies.add(System.nanoTime() - queued);
            }
        });
        long start = System.nanoTime();
        long period = 1_000_000_000L / rate;
        for (int i = 0; i < rate * seconds; i++) {
            long due = start + i * period;
            while (System.nanoTime() < due) {
                Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
            }
            pending.put(mix.nextChat(), System.nanoTime());
            mix.queueNext();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        s.telegram().onCall(null);
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        double p50 = sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2] / 1e6;
        double p99 = sorted.length == 0 ? Double.NaN : sorted[(int) (sorted.length * 0.99)] / 1e6;
        return new Result(0, 0, 0, 0, p50, p99, pending.size(), 0, 0);
    }

    /** What the app does with nothing to do: SQL statements and Redis commands a second, after a pause to settle. */
    static void idle(Duration settle, Duration measured) throws InterruptedException {
        Thread.sleep(settle.toMillis());
        long statements = StatementCounter.STATEMENTS.get();
        long redis = redisCommands();
        CpuClock cpu = CpuClock.start();
        Thread.sleep(measured.toMillis());
        double seconds = measured.toMillis() / 1000.0;
        System.out.printf("Idle over %.0f s: %.2f SQL statements/s%s, %.2f Redis commands/s, %.1f ms CPU/s%n", seconds,
                (StatementCounter.STATEMENTS.get() - statements) / seconds,
                Boolean.getBoolean("countStatements") ? "" : " (not counted: -DcountStatements=true)",
                (redisCommands() - redis - 1) / seconds, cpu.appMs() / seconds);
    }

    /** getUpdates as fast as one client can call it, answering nothing: the fake's own ceiling. */
    static double fakeAlone(int n) throws Exception {
        FakeTelegramServer api = FakeTelegramServer.start("99996:RAW", "RawBenchBot");
        try {
            FakeUser user = api.user(1, "Raw");
            for (int i = 0; i < n; i++) {
                user.sendText("tin nhắn " + i);
            }
            var client = new OkHttpTelegramClient(api.token(), api.telegramUrl());
            long t0 = System.nanoTime();
            int offset = 0;
            int seen = 0;
            while (seen < n) {
                var batch = client.execute(GetUpdates.builder().offset(offset).limit(100).timeout(1).build());
                seen += batch.size();
                offset = batch.get(batch.size() - 1).getUpdateId() + 1;
            }
            return n / ((System.nanoTime() - t0) / 1e9);
        } finally {
            api.close();
        }
    }

    private static void summary(List<Result> echo, List<Result> bot, int n, int chats, int rate) {
        System.out.printf("%nMedians (%d updates over %d chats; paced %d/s):%n", n, chats, rate);
        System.out.printf("| measure | echo | hoctap | ratio |%n|---|---|---|---|%n");
        row("throughput, updates/s", echo, bot, Result::perSecond);
        row("CPU per update, whole process, ms", echo, bot, Result::cpuMs);
        row("CPU per update, without the fake server, ms", echo, bot, Result::appCpuMs);
        row("burst fetched and stored, ms", echo, bot, Result::storedMs);
        row("p50 at " + rate + "/s, ms", echo, bot, Result::p50);
        row("p99 at " + rate + "/s, ms", echo, bot, Result::p99);
        System.out.printf("per update in the burst: SQL statements %.2f%s, Redis commands %.2f (a script call once)%n",
                median(bot.stream().mapToDouble(Result::sqlPerUpdate).toArray()),
                Boolean.getBoolean("countStatements") ? "" : " (not counted: -DcountStatements=true)",
                median(bot.stream().mapToDouble(Result::redisPerUpdate).toArray()));
        System.out.printf("unanswered in paced runs: echo %d, hoctap %d; load average %s%n",
                echo.stream().mapToInt(Result::unanswered).sum(), bot.stream().mapToInt(Result::unanswered).sum(), loadAverage());
    }

    private static void row(String name, List<Result> echo, List<Result> bot, java.util.function.ToDoubleFunction<Result> f) {
        double e = median(echo.stream().mapToDouble(f).toArray());
        double b = median(bot.stream().mapToDouble(f).toArray());
        System.out.printf("| %s | %.2f | %.2f | %.2f× |%n", name, e, b, b / e);
    }

    static double median(double[] values) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        return v.length == 0 ? Double.NaN : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** Commands the send budget's Lua scripts run inside Redis: counted as part of their one EVAL/EVALSHA call. */
    private static final java.util.Set<String> INSIDE_SCRIPTS = java.util.Set.of("pexpire", "time", "zadd", "zcard", "zrange",
            "zremrangebyscore");

    /**
     * Commands the app has sent to Redis so far (a script call counts once, not the commands it runs
     * inside; the app is normally the Redis server's only client here).
     */
    static long redisCommands() {
        try (redis.clients.jedis.Jedis jedis = new redis.clients.jedis.Jedis(java.net.URI.create(TestRedis.url()))) {
            long sum = 0;
            for (String line : jedis.info("commandstats").lines().toList()) {
                if (line.startsWith("cmdstat_")) {
                    String name = line.substring("cmdstat_".length(), line.indexOf(':'));
                    long calls = Long.parseLong(line.replaceAll("^[^:]*:calls=(\\d+),.*", "$1"));
                    sum += INSIDE_SCRIPTS.contains(name) ? 0 : calls;
                }
            }
            return sum;
        }
    }

    static String loadAverage() {
        return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static int arg(String[] args, int i, int fallback) {
        return args.length > i ? Integer.parseInt(args[i]) : fallback;
    }
}

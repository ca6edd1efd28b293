package vn.hoctap.bot.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import vn.hoctap.bot.telegram.fake.FakeTelegramServer;
import vn.hoctap.bot.telegram.fake.FakeUser;
import vn.hoctap.bot.telegram.fake.RecordedCall;
import vn.hoctap.bot.testing.TestRedis;
import vn.hoctap.content.testing.TestPostgres;

/**
 * Fault injection against the real jar, run as a child process on real PostgreSQL and Redis (each
 * behind a proxy the test can cut) and the fake Bot API: kill -9 at the acknowledgement and in the
 * middle of handling, SIGTERM in the middle of a broadcast, replies during a 30/s broadcast, Redis
 * and PostgreSQL outages. Everything is counted at the fake API and in the database. The tests run
 * in order on one database, restarting the app between them, as an operator's day would.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultInjectionIT {

    static final Duration WAIT = Duration.ofSeconds(120);
    /** Answers a kill -9 may cut off: twice the 8 update threads (answers waiting for the budget or on the wire). */
    static final int UNANSWERED_BOUND = 16;
    static FakeTelegramServer telegram;
    static TcpProxy postgres;
    static TcpProxy redis;
    static String databaseUrl;
    static AppProcess app;
    static final AtomicInteger nextChat = new AtomicInteger(510_000_000);

    @BeforeAll
    static void startAll() throws Exception {
        telegram = FakeTelegramServer.start("424242:FAULTS", "HoctapFaultBot");
        databaseUrl = TestPostgres.createDatabase();
        URI pg = URI.create(databaseUrl.substring("jdbc:".length()));
        postgres = new TcpProxy(pg.getHost(), pg.getPort());
        URI r = URI.create(TestRedis.url());
        redis = new TcpProxy(r.getHost(), r.getPort());
        String proxiedDb = databaseUrl.replace(pg.getHost() + ":" + pg.getPort(), "127.0.0.1:" + postgres.port());
        app = new AppProcess(List.of(
                "--hoctap.storage.database-url=" + proxiedDb,
                "--hoctap.storage.redis-url=redis://127.0.0.1:" + redis.port(),
                "--hoctap.storage.redis-key-prefix=fault-" + UUID.randomUUID() + ":",
                "--hoctap.storage.redis-timeout=500ms",
                "--hoctap.storage.data-dir=target/fault-data",
                "--hoctap.telegram.token=" + telegram.token(),
                "--hoctap.telegram.url=" + telegram.baseUrl(),
                "--hoctap.telegram.poll-timeout=1s",
                "--hoctap.telegram.inbox-lease=5s",
                "--hoctap.telegram.inbox-sweep=1s",
                "--hoctap.telegram.poller-lock-retry=1s",
                "--hoctap.delivery.rate-per-second=30",
                "--hoctap.dashboard.admin-password=fault-admin-password"), Path.of("target/fault-logs"));
        app.start();
    }

    @AfterAll
    static void stopAll() throws Exception {
        if (app != null && app.alive()) {
            app.kill();
        }
        telegram.onConfirmed(null);
        telegram.close();
        postgres.close();
        redis.close();
        TestPostgres.drop(databaseUrl);
    }

    @Test
    @Order(1)
    void killedAtTheAcknowledgementABurstOf300LosesNothing() throws Exception {
        List<FakeUser> users = users(300);
        List<Integer> ids = new ArrayList<>();
        CountDownLatch killed = new CountDownLatch(1);
        int[] last = new int[1];
        try (var hold = telegram.holdUpdates()) {
            for (FakeUser u : users) {
                ids.add(u.sendText("/help"));
            }
            last[0] = Collections.max(ids);
            telegram.onConfirmed(confirmed -> {
                if (confirmed >= last[0] && killed.getCount() > 0) {
                    // Telegram has just been told the whole burst arrived: the process dies right here.
                    try {
                        app.kill();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    killed.countDown();
                }
            });
        }
        assertThat(killed.await(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)).as("killed at the acknowledgement").isTrue();
        telegram.onConfirmed(null);
        assertThat(telegram.unconfirmedUpdateCount()).isZero();
        app.start();
        awaitTrue(() -> count("SELECT count(*) FROM telegram_inbox WHERE status = 'DONE' AND update_id BETWEEN "
                + Collections.min(ids) + " AND " + last[0]) == 300, "all 300 updates handled after the restart");
        assertThat(count("SELECT count(*) FROM telegram_inbox WHERE status <> 'DONE' AND update_id BETWEEN "
                + Collections.min(ids) + " AND " + last[0])).isZero();
        Map<Long, Integer> replies = repliesPerChat(users);
        assertThat(replies.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(1));
        // Answers go out after their update commits: only updates that committed in the instant before
        // the kill can be left without their answer (the update threads' answers in hand and on the wire).
        assertThat(replies.values().stream().filter(n -> n == 1).count()).isGreaterThanOrEqualTo(300 - UNANSWERED_BOUND);
        System.out.printf("kill at acknowledgement: 300 stored, %d handled once, %d answered%n",
                count("SELECT count(*) FROM telegram_inbox WHERE status = 'DONE'"),
                replies.values().stream().filter(n -> n == 1).count());
    }

    @Test
    @Order(2)
    void killedMidHandlerEveryUpdateIsHandledOnce() throws Exception {
        List<FakeUser> users = users(150);
        List<Integer> ids = new ArrayList<>();
        for (FakeUser u : users) {
            ids.add(u.sendText("/help"));
        }
        awaitTrue(() -> repliesPerChat(users).values().stream().filter(n -> n > 0).count() >= 20, "handling under way");
        app.kill();
        app.start();
        String range = " update_id BETWEEN " + Collections.min(ids) + " AND " + Collections.max(ids);
        awaitTrue(() -> count("SELECT count(*) FROM telegram_inbox WHERE status = 'DONE' AND" + range) == 150,
                "all 150 updates handled");
        Map<Long, Integer> replies = repliesPerChat(users);
        assertThat(replies.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(1));
        assertThat(replies.values().stream().filter(n -> n == 1).count()).isGreaterThanOrEqualTo(150 - UNANSWERED_BOUND);
    }

    @Test
    @Order(3)
    void sigtermMidBroadcastRepeatsNothingAndRepliesDuringTheBroadcastAllArrive() throws Exception {
        telegram.enforceRateLimits(30, 1);
        int before429 = telegram.tooManyRequestsCount();
        Province p = province(300);
        long campaign = createCampaign(p);
        awaitTrue(() -> outbox(campaign, "SENT") >= 90, "90 announcements sent");
        Duration stop = app.terminate();
        long sentAtStop = outbox(campaign, "SENT");
        assertThat(outbox(campaign, "SENDING")).as("claims returned at SIGTERM").isZero();
        app.start();

        // Members talk while the rest of the broadcast goes out at 30/s.
        List<FakeUser> talkers = users(60);
        Map<Long, Instant> asked = new HashMap<>();
        for (FakeUser u : talkers) {
            asked.put(u.chatId(), Instant.now());
            u.sendText("/help");
            Thread.sleep(150);
        }
        awaitTrue(() -> outbox(campaign, "SENT") == 300, "the broadcast finished");
        awaitTrue(() -> repliesPerChat(talkers).values().stream().allMatch(n -> n == 1), "every reply delivered");

        Map<Long, Long> delivered = telegram.deliveredPerChat();
        assertThat(p.chats()).allSatisfy(chat -> assertThat(delivered.get(chat)).as("chat %d", chat).isEqualTo(1L));
        assertThat(telegram.tooManyRequestsCount()).as("429 answers").isEqualTo(before429);
        assertThat(talkers).allSatisfy(u -> assertThat(telegram.sentMessages(u.chatId()))
                .noneMatch(m -> m.text().contains("Xin lỗi")));
        List<Long> latencies = new ArrayList<>();
        for (RecordedCall call : telegram.calls("sendMessage")) {
            long chat = Long.parseLong(call.param("chat_id"));
            Instant at = asked.remove(chat);
            if (at != null) {
                latencies.add(Duration.between(at, call.at()).toMillis());
            }
        }
        Collections.sort(latencies);
        System.out.printf("SIGTERM after %d of 300 sent: stopped in %d ms, 0 repeated; replies during the broadcast: "
                + "%d, latency median %d ms, p99 %d ms, max %d ms%n", sentAtStop, stop.toMillis(), latencies.size(),
                latencies.get(latencies.size() / 2), latencies.get((int) Math.ceil(latencies.size() * 0.99) - 1),
                latencies.get(latencies.size() - 1));
        telegram.enforceRateLimits(0, 0);
    }

    @Test
    @Order(4)
    void redisOutagePausesBroadcastsButNotReplies() throws Exception {
        Province p = province(40);
        redis.cut();
        try {
            long campaign = createCampaign(p);
            List<FakeUser> users = users(10);
            users.forEach(u -> u.sendText("/help"));
            awaitTrue(() -> repliesPerChat(users).values().stream().allMatch(n -> n == 1), "replies while Redis is down");
            Thread.sleep(3_000);
            assertThat(outbox(campaign, "SENT")).as("nothing broadcast without the shared budget").isZero();
            assertThat(outbox(campaign, "SENDING")).as("no claims left hanging").isZero();
            redis.restore();
            Instant back = Instant.now();
            awaitTrue(() -> outbox(campaign, "SENT") == 40, "broadcast resumed");
            System.out.printf("Redis outage: replies answered, broadcast paused; 40 sent %d ms after Redis returned%n",
                    Duration.between(back, Instant.now()).toMillis());
        } finally {
            redis.restore();
        }
    }

    @Test
    @Order(5)
    void postgresOutageDelaysMembersButLosesAndRepeatsNothing() throws Exception {
        List<FakeUser> users = users(20);
        postgres.cut();
        Instant cut = Instant.now();
        try {
            users.forEach(u -> u.sendText("/help"));
            Thread.sleep(16_000);
        } finally {
            postgres.restore();
        }
        awaitTrue(() -> repliesPerChat(users).values().stream().allMatch(n -> n >= 1), "every member answered after the outage");
        Map<Long, Integer> replies = repliesPerChat(users);
        assertThat(replies.values()).allSatisfy(n -> assertThat(n).isEqualTo(1));
        assertThat(users).allSatisfy(u -> assertThat(telegram.sentMessages(u.chatId())).noneMatch(m -> m.text().contains("Xin lỗi")));
        System.out.printf("PostgreSQL outage of 16 s: 20 of 20 answered once, %d s after the cut%n",
                Duration.between(cut, Instant.now()).toSeconds());
    }

    // ---- helpers ---------------------------------------------------------------------------

    private static List<FakeUser> users(int n) {
        List<FakeUser> users = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            users.add(telegram.user(nextChat.incrementAndGet(), "Đảng viên"));
        }
        return users;
    }

    private static Map<Long, Integer> repliesPerChat(List<FakeUser> users) {
        Map<Long, Integer> replies = new HashMap<>();
        for (FakeUser u : users) {
            replies.put(u.chatId(), telegram.sentMessages(u.chatId()).size());
        }
        return replies;
    }

    record Province(long unitId, long documentId, List<Long> chats) {
    }

    /** A province with one cell of {@code n} linked members and one document, written straight to PostgreSQL. */
    private static Province province(int n) throws Exception {
        try (Connection c = DriverManager.getConnection(databaseUrl); Statement st = c.createStatement()) {
            long unit = single(st, "INSERT INTO units (parent_id, level, name) VALUES (NULL, 'PROVINCE', 'Tỉnh thử lỗi "
                    + nextChat.get() + "') RETURNING id");
            long doc = single(st, "INSERT INTO documents (doc_type, number, issuer, issued_on, title, summary) VALUES ('NQ', '"
                    + (nextChat.get() % 100_000) + "', 'TW', DATE '2017-10-25', 'Về công tác thử lỗi', 'Tóm tắt.') RETURNING id");
            List<Long> chats = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                chats.add((long) nextChat.incrementAndGet());
            }
            st.execute("INSERT INTO members (unit_id, full_name, telegram_user_id, linked_at) SELECT " + unit
                    + ", 'Đảng viên số ' || g, g, now() FROM unnest(ARRAY[" + String.join(",", chats.stream().map(String::valueOf)
                            .toList()) + "]::bigint[]) g");
            return new Province(unit, doc, chats);
        }
    }

    private static long createCampaign(Province p) throws Exception {
        String body = """
                {"name": "Đợt thử lỗi %d", "documentIds": [%d], "unitIds": [%d], "startsAt": "%s", "deadline": "%s",
                 "reminders": {"offsetDays": [1], "deadlineMorning": false, "quietStart": "00:00", "quietEnd": "00:00",
                               "skipSundays": false, "skipHolidays": false}}"""
                .formatted(p.unitId(), p.documentId(), p.unitId(), Instant.now(), Instant.now().plus(Duration.ofDays(10)));
        var r = app.post("/api/campaigns", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        var m = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(r.body());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static long outbox(long campaign, String status) {
        return count("SELECT count(*) FROM outbox WHERE campaign_id = " + campaign + " AND status = '" + status + "'");
    }

    private static long count(String sql) {
        try (Connection c = DriverManager.getConnection(databaseUrl); Statement st = c.createStatement()) {
            return single(st, sql);
        } catch (Exception e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static long single(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Timed out after " + WAIT.toSeconds() + " s waiting for " + what);
    }
}

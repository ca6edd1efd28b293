package vn.hoctap.bot.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.hoctap.bot.telegram.fake.FakeTelegramServer;
import vn.hoctap.bot.telegram.fake.FakeUser;
import vn.hoctap.bot.testing.TestRedis;
import vn.hoctap.content.testing.TestPostgres;

/**
 * The production layout of deploy/, run here: Debian's nginx with the repo's own location rules
 * (deploy/nginx/hoctap-locations.conf, the upstream file templated for the test's ports) in front
 * of two instances of the packaged jar in webhook mode on one PostgreSQL and one Redis. Updates
 * are POSTed through nginx as Telegram would (retrying whatever is not answered 200); one instance
 * is killed with SIGKILL in the middle. Nothing may be lost: every update handled exactly once and
 * answered (except the few answers the killed instance had in hand), and every update after the
 * kill answered once. One instance logs JSON (ECS) with the update and chat ids.
 */
class MultiInstanceIT {

    static final String SECRET = "multi_instance_webhook_secret_1";
    /** Answers a kill -9 may cut off: the 8 update threads' answers in hand, twice. */
    static final int UNANSWERED_BOUND = 16;
    static final Duration WAIT = Duration.ofSeconds(90);

    static FakeTelegramServer telegram;
    static String databaseUrl;
    static AppProcess first;
    static AppProcess second;
    static Nginx nginx;
    static final AtomicInteger nextUser = new AtomicInteger(620_000_000);
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startLayout() throws Exception {
        Nginx.requireOrSkip();
        telegram = FakeTelegramServer.start("525252:MULTI", "HoctapMultiBot");
        databaseUrl = TestPostgres.createDatabase();
        String prefix = "multi-" + UUID.randomUUID() + ":";
        List<String> common = List.of("--hoctap.storage.database-url=" + databaseUrl, "--hoctap.storage.redis-url=" + TestRedis.url(),
                "--hoctap.storage.redis-key-prefix=" + prefix, "--hoctap.storage.data-dir=target/multi-data",
                "--hoctap.telegram.token=" + telegram.token(), "--hoctap.telegram.url=" + telegram.baseUrl(),
                "--hoctap.telegram.mode=webhook", "--hoctap.telegram.webhook-secret=" + SECRET,
                "--hoctap.telegram.inbox-lease=5s", "--hoctap.telegram.inbox-sweep=1s",
                "--hoctap.dashboard.admin-password=multi-admin-password");
        first = new AppProcess(common, Path.of("target/multi-logs/first"));
        List<String> json = new ArrayList<>(common);
        json.add("--logging.structured.format.console=ecs");
        json.add("--logging.level.vn.hoctap.bot.telegram.internal.UpdateMetrics=DEBUG");
        second = new AppProcess(json, Path.of("target/multi-logs/second"));
        // Flyway's lock and Quartz's cluster make a simultaneous start of both instances safe.
        ExecutorService starter = Executors.newFixedThreadPool(2);
        Future<?> a = starter.submit(() -> { first.start(); return null; });
        Future<?> b = starter.submit(() -> { second.start(); return null; });
        a.get();
        b.get();
        starter.shutdown();
        nginx = Nginx.start(Path.of("target/multi-nginx"), first.port(), second.port());
    }

    @AfterAll
    static void stopLayout() throws Exception {
        for (AppProcess app : new AppProcess[] {first, second}) {
            if (app != null && app.alive()) {
                app.kill();
            }
        }
        if (nginx != null) {
            nginx.close();
        }
        if (telegram != null) {
            telegram.close();
        }
    }

    @Test
    void killingOneInstanceBehindNginxLosesNoUpdate() throws Exception {
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/prometheus").statusCode()).as("the scrape is not public").isEqualTo(404);

        List<FakeUser> before = users(200);
        ExecutorService senders = Executors.newFixedThreadPool(8);
        AtomicInteger acknowledged = new AtomicInteger();
        List<Future<?>> posts = new ArrayList<>();
        for (FakeUser u : before) {
            int updateId = u.sendText("/help");
            posts.add(senders.submit(() -> { deliver(updateId); acknowledged.incrementAndGet(); return null; }));
        }
        awaitTrue(() -> acknowledged.get() >= 80, "80 updates acknowledged before the kill");
        first.kill();
        for (Future<?> p : posts) {
            p.get();
        }
        // After the kill every update goes to the survivor: all of them answered, once.
        List<FakeUser> after = users(40);
        posts.clear();
        for (FakeUser u : after) {
            int updateId = u.sendText("/help");
            posts.add(senders.submit(() -> { deliver(updateId); return null; }));
        }
        for (Future<?> p : posts) {
            p.get();
        }
        senders.shutdown();

        awaitTrue(() -> count("SELECT count(*) FROM telegram_inbox WHERE status = 'DONE'") == 240, "all 240 updates handled");
        assertThat(count("SELECT count(*) FROM telegram_inbox")).isEqualTo(240);
        assertThat(count("SELECT count(DISTINCT claimed_by) FROM telegram_inbox")).as("both instances handled updates").isEqualTo(2);
        for (FakeUser u : after) {
            telegram.awaitMessage(u.chatId(), m -> m.text().contains("Hoctap Bot"), WAIT);
        }
        Map<Long, Integer> replies = replies(before);
        replies.putAll(replies(after));
        assertThat(replies.values()).as("no update answered twice").allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(1));
        assertThat(after.stream().filter(u -> replies.get(u.chatId()) == 1).count()).isEqualTo(40);
        long answered = before.stream().filter(u -> replies.get(u.chatId()) == 1).count();
        assertThat(answered).isGreaterThanOrEqualTo(200 - UNANSWERED_BOUND);
        System.out.printf("multi-instance: 240 updates through nginx, one instance killed: 240 handled once, %d + 40 answered%n", answered);

        String jsonLog = java.nio.file.Files.readString(Path.of("target/multi-logs/second/app-1.log"));
        assertThat(jsonLog).containsPattern("\\{\"@timestamp\":\"[^\"]+\",\"log\":\\{\"level\"")
                .containsPattern("\"message\":\"Update \\d+ \\(COMMAND\\) handled in \\d+ ms\"")
                .contains("\"updateId\":\"", "\"chatId\":\"");
    }

    /** POSTs one update to nginx until it is answered 200, as Telegram redelivers. */
    private static void deliver(int updateId) throws Exception {
        String body = telegram.updateJson(updateId);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(nginx.url() + "/telegram/webhook"))
                        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                        .header("X-Telegram-Bot-Api-Secret-Token", SECRET).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException retry) {
                // as Telegram: try again later
            }
            Thread.sleep(500);
        }
        throw new AssertionError("update " + updateId + " was never accepted through nginx");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(nginx.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<FakeUser> users(int n) {
        List<FakeUser> users = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            users.add(telegram.user(nextUser.incrementAndGet(), "Multi"));
        }
        return users;
    }

    private static Map<Long, Integer> replies(List<FakeUser> users) {
        return users.stream().collect(Collectors.toMap(FakeUser::chatId, u -> telegram.sentMessages(u.chatId()).size(), (x, y) -> x,
                java.util.HashMap::new));
    }

    private static long count(String sql) {
        try (Connection c = DriverManager.getConnection(databaseUrl); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
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
        throw new AssertionError("timed out waiting for: " + what);
    }
}

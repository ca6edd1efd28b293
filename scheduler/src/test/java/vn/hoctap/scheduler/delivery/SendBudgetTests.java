package vn.hoctap.scheduler.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import redis.clients.jedis.JedisPool;
import redis.embedded.RedisServer;

/**
 * The shared send budget on real Redis: no one-second window ever holds more grants than the limit
 * allows, and a reply gets its turn within a window even while bulk senders take all they can.
 */
class SendBudgetTests {

    private static RedisServer embedded;
    private static JedisPool pool;

    @BeforeAll
    static void redis() throws IOException {
        String url = System.getenv("HOCTAP_TEST_REDIS_URL");
        if (url == null || url.isBlank()) {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            embedded = RedisServer.newRedisServer().port(port).bind("127.0.0.1").setting("save \"\"").build();
            embedded.start();
            url = "redis://127.0.0.1:" + port;
        }
        pool = new JedisPool(URI.create(url));
    }

    @AfterAll
    static void close() throws IOException {
        pool.close();
        if (embedded != null) {
            embedded.stop();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aScriptRedisDoesNotHaveYetIsSentWholeOnceThenRunByItsHash() {
        String marker = java.util.UUID.randomUUID().toString();
        LuaScript script = new LuaScript("return {ARGV[1], '" + marker + "'}");
        try (var jedis = pool.getResource()) {
            assertThat(jedis.scriptExists(script.sha())).isFalse();
            assertThat((java.util.List<Object>) script.run(jedis, java.util.List.of(), java.util.List.of("a"))).containsExactly("a", marker);
            assertThat(jedis.scriptExists(script.sha())).isTrue();
            assertThat((java.util.List<Object>) script.run(jedis, java.util.List.of(), java.util.List.of("b"))).containsExactly("b", marker);
        }
    }

    private static SendBudget budget(int ratePerSecond) {
        return budget(ratePerSecond, 1000);
    }

    private static SendBudget budget(int ratePerSecond, int paidRatePerSecond) {
        return new SendBudget(pool, "test-" + UUID.randomUUID() + ":", new DeliveryProperties(true, 4, 20, Duration.ofMillis(200),
                Duration.ofSeconds(60), ratePerSecond, paidRatePerSecond, 1, 0.985, Duration.ofMillis(15), 0.2, 6, Duration.ofSeconds(10),
                Duration.ofSeconds(20)));
    }

    @Test
    void grantsTakenSeveralAtATimeNeverPutMoreThanTheLimitInAnyOneSecond() throws Exception {
        SendBudget budget = budget(30, 100);
        List<Long> sends = Collections.synchronizedList(new ArrayList<>());
        List<Thread> senders = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            Thread sender = new Thread(() -> {
                int done = 0;
                while (done < 60) {
                    SendBudget.BulkGrant g = budget.acquireBulk(true, 5, () -> true);
                    for (int i = 0; i < g.count(); i++) {
                        sends.add(System.nanoTime());
                        g.sent(i, 1_000L * thread + done + i);
                    }
                    done += g.count();
                    g.done();
                }
            });
            senders.add(sender);
            sender.start();
        }
        for (Thread sender : senders) {
            sender.join();
        }
        List<Long> times = new ArrayList<>(sends);
        Collections.sort(times);
        int worst = 0;
        for (int i = 0; i < times.size(); i++) {
            int j = i;
            while (j < times.size() && times.get(j) - times.get(i) < 1_000_000_000L) {
                j++;
            }
            worst = Math.max(worst, j - i);
        }
        assertThat(times.size()).isGreaterThanOrEqualTo(240);
        assertThat(worst).as("sends in the busiest second").isLessThanOrEqualTo(SendBudget.cap(100, 0.985));
        assertThat(budget.chunk(true)).isEqualTo(1);
        assertThat(budget(30, 1000).chunk(true)).as("a hundredth of the paid window").isEqualTo(9);
        assertThat(budget(30, 1000).chunk(false)).isEqualTo(1);
    }

    @Test
    void aReplyWaitsOutTheSecondAfterABroadcastReachedItsChatAndBroadcastsKeepOffAfterAReply() {
        SendBudget budget = budget(30);
        SendBudget.BulkGrant bulk = budget.acquireBulk(false, 1, () -> true);
        bulk.sent(0, 42);
        bulk.done();
        long start = System.nanoTime();
        budget.acquireReply(43L).done();
        long otherChat = (System.nanoTime() - start) / 1_000_000;
        budget.acquireReply(42L).done();
        long sameChat = (System.nanoTime() - start) / 1_000_000;

        assertThat(otherChat).as("ms for a reply to another chat").isLessThan(500);
        assertThat(sameChat).as("ms for a reply to the chat the broadcast just reached").isGreaterThanOrEqualTo(800);
        assertThat(budget.tryChats(List.of(42L, 44L))).as("chats free for bulk right after a reply to 42").containsExactly(44L);
    }

    @Test
    void aLateChunkKeepsItsChatsExceptOneAReplyTookMeanwhile() {
        SendBudget budget = budget(30);
        assertThat(budget.tryChats(List.of(50L))).containsExactly(50L);
        budget.acquireReply(53L).done(); // a reply has chat 53 for the next second
        assertThat(budget.keepChats(List.of(50L, 52L, 53L))).as("chats the broadcast still has").containsExactlyInAnyOrder(50L, 52L);
        assertThat(budget.tryChats(List.of(52L))).as("52 is marked for the broadcast now").isEmpty();
    }

    @Test
    void noOneSecondWindowHoldsMoreThanTheLimit() throws Exception {
        SendBudget budget = budget(20);
        List<Long> grants = Collections.synchronizedList(new ArrayList<>());
        List<Thread> senders = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread sender = new Thread(() -> {
                for (int i = 0; i < 15; i++) {
                    SendBudget.Grant g = budget.acquireBulk(false, () -> true);
                    grants.add(System.nanoTime());
                    g.done();
                }
            });
            senders.add(sender);
            sender.start();
        }
        for (Thread sender : senders) {
            sender.join();
        }
        List<Long> times = new ArrayList<>(grants);
        Collections.sort(times);
        int worst = 0;
        for (int i = 0; i < times.size(); i++) {
            int j = i;
            while (j < times.size() && times.get(j) - times.get(i) < 1_000_000_000L) {
                j++;
            }
            worst = Math.max(worst, j - i);
        }
        assertThat(times).hasSize(60);
        assertThat(worst).as("grants in the busiest second").isLessThanOrEqualTo(SendBudget.cap(20, 0.985));
    }

    @Test
    void repliesGetTheirTurnWhileBulkTakesEverythingItCan() throws Exception {
        SendBudget budget = budget(10);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger bulk = new AtomicInteger();
        List<Thread> senders = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread sender = new Thread(() -> {
                while (running.get()) {
                    SendBudget.Grant g = budget.acquireBulk(false, running::get);
                    if (g != null) {
                        bulk.incrementAndGet();
                        g.done();
                    }
                }
            });
            senders.add(sender);
            sender.start();
        }
        // Measure once bulk is taking the budget (not a fixed warm-up): bounded wait for its first grants.
        Awaitility.await("bulk sending").atMost(Duration.ofSeconds(10)).until(() -> bulk.get() >= 5);
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long start = System.nanoTime();
            budget.acquireReply().done();
            waits.add((System.nanoTime() - start) / 1_000_000);
            Thread.sleep(100); // spreads the samples over the budget's window; not a wait for an event
        }
        running.set(false);
        for (Thread sender : senders) {
            sender.join();
        }
        assertThat(waits).as("reply waits in ms").allSatisfy(ms -> assertThat(ms).isLessThan(1_100));
        assertThat(bulk.get()).as("bulk kept moving (its floor)").isGreaterThan(5);
    }
}

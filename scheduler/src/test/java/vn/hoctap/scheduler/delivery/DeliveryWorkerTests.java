package vn.hoctap.scheduler.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import redis.clients.jedis.JedisPool;

import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.content.document.NewDocument;
import vn.hoctap.content.testing.TestDatabase;
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.unit.UnitLevel;
import vn.hoctap.scheduler.unit.UnitRepository;

/** The worker's loop survives an Error, and a graceful stop lets the send in hand finish uninterrupted. */
class DeliveryWorkerTests {

    private final TestDatabase database = TestDatabase.perTest();

    private JdbcClient jdbc;
    private javax.sql.DataSource dataSource;
    private Outbox outbox;
    private JedisPool redis;
    private long campaign;
    private List<Recipient> recipients;
    private DeliveryWorker worker;

    @BeforeEach
    void setUp() {
        dataSource = database.dataSource();
        jdbc = JdbcClient.create(dataSource);
        outbox = new Outbox(jdbc, new NamedParameterJdbcTemplate(dataSource));
        String url = System.getenv("HOCTAP_TEST_REDIS_URL");
        org.junit.jupiter.api.Assumptions.assumeTrue(url != null && !url.isBlank(), "needs HOCTAP_TEST_REDIS_URL");
        redis = new JedisPool(URI.create(url));
        long unit = new UnitRepository(jdbc).create(null, UnitLevel.PROVINCE, "Tỉnh").id();
        var members = new MemberRepository(jdbc);
        recipients = List.of(new Recipient(members.create(unit, "A").id(), 201, "Nhắc A", null),
                new Recipient(members.create(unit, "B").id(), 202, "Nhắc B", null),
                new Recipient(members.create(unit, "C").id(), 203, "Nhắc C", null));
        new DocumentRepository(jdbc).save(new NewDocument("NQ", "1", "TW", LocalDate.of(2020, 1, 1), "T", null));
        campaign = jdbc.sql("INSERT INTO campaigns (name, starts_at, deadline) VALUES ('Đợt', now(), now() + interval '7 days') RETURNING id")
                .query(Long.class).single();
    }

    @AfterEach
    void tearDown() {
        if (worker != null) {
            worker.stop();
        }
        if (redis != null) {
            redis.close();
        }
    }

    private DeliveryWorker worker(MessageSender sender, Duration lease) {
        return worker(sender, lease, Duration.ofMillis(50));
    }

    private DeliveryWorker worker(MessageSender sender, Duration lease, Duration pollInterval) {
        var props = new DeliveryProperties(true, 2, 20, pollInterval, lease, 30, 1000, 1, 0.985, Duration.ofMillis(15), 0.2, 6,
                Duration.ofSeconds(10), Duration.ofSeconds(10));
        SendRules always = (items, now) -> items.stream().collect(Collectors.toMap(OutboxItem::id, i -> SendRules.SEND));
        return new DeliveryWorker(outbox, new SendBudget(redis, "test-" + UUID.randomUUID() + ":", props), sender, always, props,
                Clock.systemUTC());
    }

    @Test
    void anErrorInOneSendDoesNotStopDelivery() throws Exception {
        AtomicBoolean thrown = new AtomicBoolean();
        worker = worker(m -> {
            if (thrown.compareAndSet(false, true)) {
                throw new OutOfMemoryError("simulated");
            }
            return new SendOutcome.Sent(1);
        }, Duration.ofSeconds(2));
        outbox.enqueue(campaign, "remind", recipients, Instant.now(), false);
        worker.start();
        await(() -> statuses().getOrDefault("SENT", 0L) == 3, Duration.ofSeconds(20));
        assertThat(thrown).isTrue();
    }

    @Test
    void sendsAcceptedBeforeAnErrorInTheirChunkAreRecordedAndNotRepeated() throws Exception {
        Map<Long, AtomicInteger> perChat = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicInteger calls = new AtomicInteger();
        worker = worker(m -> {
            perChat.computeIfAbsent(m.chatId(), c -> new AtomicInteger()).incrementAndGet();
            if (calls.incrementAndGet() == 2) {
                throw new OutOfMemoryError("simulated");
            }
            return new SendOutcome.Sent(1);
        }, Duration.ofSeconds(2));
        // Paid broadcast: one grant covers the three messages (a chunk), as at 1,000/s.
        outbox.enqueue(campaign, "remind", recipients, Instant.now(), true);
        worker.start();
        await(() -> statuses().getOrDefault("SENT", 0L) == 3, Duration.ofSeconds(30));
        assertThat(calls.get()).isEqualTo(4);
        assertThat(perChat.get(201L)).as("the send accepted before the Error").hasValue(1);
        assertThat(perChat.get(202L)).as("the send that threw, taken up again after its lease").hasValue(2);
    }

    @Test
    void aGracefulStopLetsTheSendInHandFinishUninterrupted() throws Exception {
        CountDownLatch sending = new CountDownLatch(1);
        AtomicInteger interrupted = new AtomicInteger();
        worker = worker(m -> {
            sending.countDown();
            try {
                Thread.sleep(800); // a slow send in progress when the stop comes, not a wait
            } catch (InterruptedException e) {
                interrupted.incrementAndGet();
                Thread.currentThread().interrupt();
            }
            return new SendOutcome.Sent(7);
        }, Duration.ofSeconds(60));
        outbox.enqueue(campaign, "remind", recipients, Instant.now(), false);
        worker.start();
        assertThat(sending.await(10, TimeUnit.SECONDS)).isTrue();
        worker.stop();
        worker = null;
        assertThat(interrupted).hasValue(0);
        Map<String, Long> statuses = statuses();
        assertThat(statuses.getOrDefault("SENT", 0L)).isBetween(1L, 2L);
        assertThat(statuses.getOrDefault("SENDING", 0L)).as("unsent claims returned").isZero();
        assertThat(statuses.getOrDefault("SENT", 0L) + statuses.getOrDefault("PENDING", 0L)).isEqualTo(3);
    }

    @Test
    void anIdleWorkerSendsNewRowsAtOnceRatherThanAtItsNextPoll() throws Exception {
        worker = worker(m -> new SendOutcome.Sent(1), Duration.ofSeconds(60), Duration.ofSeconds(30));
        outbox.enqueue(campaign, "first", recipients.subList(0, 1), Instant.now(), false);
        worker.start();
        // Sentinel: once the first row is sent the threads have found the outbox empty and wait (30 s and more).
        await(() -> statuses().getOrDefault("SENT", 0L) == 1, Duration.ofSeconds(20));
        outbox.enqueue(campaign, "second", recipients.subList(1, 3), Instant.now(), false);
        await(() -> statuses().getOrDefault("SENT", 0L) == 3, Duration.ofSeconds(10));
    }

    @Test
    void anIdleWorkerBacksOffInsteadOfClaimingEveryPollInterval() throws Exception {
        AtomicInteger claims = new AtomicInteger();
        outbox = new Outbox(jdbc, new NamedParameterJdbcTemplate(dataSource)) {
            @Override
            public List<OutboxItem> claim(String worker, int limit, Instant now) {
                claims.incrementAndGet();
                return super.claim(worker, limit, now);
            }
        };
        worker = worker(m -> new SendOutcome.Sent(1), Duration.ofSeconds(60), Duration.ofMillis(50));
        worker.start();
        Thread.sleep(3_000);
        // Two threads polling every 50 ms would claim about 120 times in 3 s.
        assertThat(claims.get()).isBetween(1, 25);
        outbox.enqueue(campaign, "remind", recipients, Instant.now(), false);
        await(() -> statuses().getOrDefault("SENT", 0L) == 3, Duration.ofSeconds(10));
    }

    private Map<String, Long> statuses() {
        return jdbc.sql("SELECT status, count(*) FROM outbox WHERE campaign_id = :c GROUP BY status").param("c", campaign)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static void await(BooleanSupplier condition, Duration timeout) {
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(condition::getAsBoolean);
    }
}

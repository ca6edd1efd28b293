package vn.hoctap.scheduler.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import redis.clients.jedis.exceptions.JedisException;

/**
 * Sends what the outbox holds: claims small batches, checks them against the send-time rules and
 * the per-chat rule, takes the shared send budget for a chunk of messages at once
 * ({@link SendBudget#chunk}: one at 30/s, about ten at 1,000/s), sends the chunk's messages one by
 * one and records those Telegram accepted in one statement, retrying the record until PostgreSQL
 * takes it. A crash can therefore repeat only the messages of the chunks in hand (at most one chunk
 * per thread). Claims are renewed before a quarter of the lease has passed, so a message whose
 * lease expired and was taken over is never sent by both. A graceful stop never interrupts a send:
 * it stops claiming, lets the sends in hand finish and be recorded, then returns unsent claims.
 * The sending of a claimed batch is {@link ChunkSender}'s; this class runs and supervises the
 * threads, claims and checks the batches, and pauses delivery while Redis is down.
 */
public class DeliveryWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final Outbox outbox;
    private final SendBudget budget;
    private final MessageSender sender;
    private final DeliveryProperties props;
    private final Clock clock;
    private final String workerId = "worker-" + UUID.randomUUID().toString().substring(0, 8);
    private final AtomicLong sent = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();
    private final ChunkSender chunks;
    private final SendGate gate;
    private final IdleWake idle;
    private volatile boolean running;
    private volatile boolean redisDown;
    private volatile Instant lastLeaseCheck = Instant.EPOCH;

    public DeliveryWorker(Outbox outbox, SendBudget budget, MessageSender sender, SendRules rules,
            DeliveryProperties props, Clock clock) {
        this.outbox = outbox;
        this.budget = budget;
        this.sender = sender;
        this.props = props;
        this.clock = clock;
        this.chunks = new ChunkSender(outbox, budget, sender, props, clock, workerId, sent, () -> running,
                () -> redisDown = true);
        this.gate = new SendGate(outbox, budget, rules, clock);
        this.idle = new IdleWake(props.pollInterval(), props.pollInterval().multipliedBy(10));
        outbox.onEnqueued(idle::wake);
    }

    @Override
    public synchronized void start() {
        if (running || !props.enabled()) {
            return;
        }
        if (!sender.available()) {
            log.warn("Delivery worker idle: no way to send messages (Telegram is off); queued messages wait");
            return;
        }
        running = true;
        for (int i = 0; i < props.threads(); i++) {
            boolean watcher = i == 0;
            threads.add(startThread("hoctap-delivery-" + (i + 1), () -> loop(watcher)));
        }
        threads.add(startThread("hoctap-delivery-progress", new ProgressLog(workerId, sent, outbox, props.progressLogInterval(), () -> running)));
        log.info("Delivery worker {} started: {} threads, {}/s ({}/s paid), lease {}", workerId, props.threads(),
                props.ratePerSecond(), props.paidRatePerSecond(), props.lease());
    }

    private static Thread startThread(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Graceful stop: no new claims, the sends in hand finish and are recorded, unsent claims go back. */
    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        long deadline = System.nanoTime() + props.shutdownGrace().toNanos();
        for (Thread t : threads) {
            try {
                t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.stream().filter(Thread::isAlive).forEach(t -> log.warn("{} still busy at shutdown", t.getName()));
        threads.clear();
        int released = outbox.releaseClaimsOf(workerId);
        log.info("Delivery worker {} stopped; {} claimed message(s) returned to the queue", workerId, released);
    }

    /**
     * Stops the threads without returning their claims, exactly as a killed process would leave
     * things (used by failure drills): other workers pick the rows up when the lease expires.
     */
    public synchronized void halt() {
        running = false;
        threads.forEach(Thread::interrupt);
        for (Thread t : threads) {
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stop delivering before the Telegram transport and storage go away. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 200;
    }

    public long sentByThisWorker() {
        return sent.get();
    }

    /** Supervised: any failure of one pass, an Error included, is logged and the loop goes on. */
    private void loop(boolean watcher) {
        int idleRounds = 0;
        while (running) {
            try {
                if (redisDown) {
                    waitForRedis();
                } else if (deliverOneBatch()) {
                    if (idleRounds > 0) {
                        idle.wake();
                    }
                    idleRounds = 0;
                } else {
                    idle.await(idle.waitMillis(++idleRounds, watcher), () -> running);
                }
            } catch (InterruptedException e) {
                return;
            } catch (Throwable e) {
                log.error("Delivery loop failed; going on in 1 s", e);
                IdleWake.pauseQuietly(1_000);
            }
        }
    }

    private void waitForRedis() throws InterruptedException {
        if (budget.redisAvailable()) {
            redisDown = false;
            log.info("Redis is back: delivery resumes");
        } else {
            sleep(Duration.ofMillis(500));
        }
    }

    /** @return true if there was work */
    boolean deliverOneBatch() throws InterruptedException {
        Instant now = clock.instant();
        Instant paused = budget.pausedUntil();
        if (paused != null && paused.isAfter(now)) {
            sleep(Duration.ofMillis(Math.min(500, Duration.between(now, paused).toMillis() + 1)));
            return true;
        }
        if (Duration.between(lastLeaseCheck, now).compareTo(Duration.ofSeconds(5)) > 0) {
            lastLeaseCheck = now;
            int released = outbox.releaseExpiredLeases(now, props.lease());
            if (released > 0) {
                log.warn("Returned {} message(s) abandoned by a stopped worker to the queue", released);
            }
        }
        List<OutboxItem> claimed = outbox.claim(workerId, props.batchSize(), now);
        if (claimed.isEmpty()) {
            return false;
        }
        List<OutboxItem> batch;
        try {
            batch = gate.sendable(claimed, running);
        } catch (JedisException e) {
            // Without Redis there is no shared budget: give the rows back at once and wait for it.
            redisDown = true;
            outbox.retryLater(ids(claimed), clock.instant());
            log.warn("Redis unavailable: delivery paused, {} message(s) returned to the queue ({})", claimed.size(), e.getMessage());
            return true;
        }
        return chunks.sendBatch(batch, now, System.nanoTime());
    }

    private static List<Long> ids(List<OutboxItem> items) {
        return items.stream().map(OutboxItem::id).toList();
    }

    private void sleep(Duration d) throws InterruptedException {
        IdleWake.pause(d.toMillis(), () -> running);
    }
}

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

import vn.hoctap.scheduler.campaign.SendingWindows;

/**
 * Sends what the outbox holds: claims small batches, waits for the shared rate limit, renews its
 * claim on each message just before sending it (a message whose lease expired and was taken over is
 * skipped), sends it once and records the outcome straight away, so a crash can only repeat the
 * messages that were on the wire at that moment (at most one per worker thread).
 */
public class DeliveryWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final Outbox outbox;
    private final RateLimiter limits;
    private final MessageSender sender;
    private final SendingWindows windows;
    private final DeliveryProperties props;
    private final Clock clock;
    private final String workerId = "worker-" + UUID.randomUUID().toString().substring(0, 8);
    private final AtomicLong sent = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();
    private final DeliveryOutcomes outcomes;
    private volatile boolean running;
    private volatile Instant lastLeaseCheck = Instant.EPOCH;

    public DeliveryWorker(Outbox outbox, RateLimiter limits, MessageSender sender, SendingWindows windows,
            DeliveryProperties props, Clock clock) {
        this.outbox = outbox;
        this.limits = limits;
        this.sender = sender;
        this.windows = windows;
        this.props = props;
        this.clock = clock;
        this.outcomes = new DeliveryOutcomes(outbox, limits, props, clock);
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
            Thread t = new Thread(this::loop, "hoctap-delivery-" + (i + 1));
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        Thread reporter = new Thread(this::report, "hoctap-delivery-progress");
        reporter.setDaemon(true);
        threads.add(reporter);
        reporter.start();
        log.info("Delivery worker {} started: {} threads, {}/s ({}/s paid), lease {}", workerId, props.threads(),
                props.ratePerSecond(), props.paidRatePerSecond(), props.lease());
    }

    /** Graceful stop: finish the message in hand, give unsent claims back to the queue. */
    @Override
    public synchronized void stop() {
        halt();
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

    private void loop() {
        while (running) {
            try {
                if (!deliverOneBatch()) {
                    Thread.sleep(props.pollInterval().toMillis());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.error("Delivery loop failed; retrying in 1 s", e);
                sleepQuietly(Duration.ofSeconds(1));
            }
        }
    }

    /** @return true if there was work */
    boolean deliverOneBatch() throws InterruptedException {
        Instant now = clock.instant();
        Instant paused = limits.pausedUntil();
        if (paused != null && paused.isAfter(now)) {
            Thread.sleep(Math.min(1_000, Duration.between(now, paused).toMillis() + 1));
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
        List<OutboxItem> sendable = new ArrayList<>();
        for (OutboxItem item : claimed) {
            Instant allowed = windows.nextAllowed(item.campaignId(), clock.instant());
            if (!running || allowed.isAfter(clock.instant())) {
                outbox.retryLater(item.id(), running ? allowed : clock.instant(), null, false);
            } else {
                sendable.add(item);
            }
        }
        java.util.Set<Long> chatsFree = limits.tryChats(sendable.stream().map(OutboxItem::chatId).toList());
        List<OutboxItem> batch = new ArrayList<>();
        for (OutboxItem item : sendable) {
            if (chatsFree.remove(item.chatId())) {
                batch.add(item);
            } else {
                outbox.retryLater(item.id(), clock.instant().plusSeconds(1), null, false);
            }
        }
        int tokens = 0;
        boolean tokensPaid = false;
        for (int i = 0; i < batch.size(); i++) {
            OutboxItem item = batch.get(i);
            if (tokens == 0 || tokensPaid != item.paidBroadcast()) {
                tokensPaid = item.paidBroadcast();
                tokens = (int) Math.min(batch.size() - i, limits.maxBatch(item.paidBroadcast()));
                limits.acquire(tokens, item.paidBroadcast());
            }
            tokens--;
            Instant pause = limits.pausedUntil();
            if (!running || (pause != null && pause.isAfter(clock.instant()))) {
                Instant when = pause != null && pause.isAfter(clock.instant()) ? pause : clock.instant();
                batch.subList(i, batch.size()).forEach(rest -> outbox.retryLater(rest.id(), when, null, false));
                return true;
            }
            if (!outbox.renewClaim(item.id(), workerId, clock.instant())) {
                log.warn("Message {} was taken over by another worker after this one's lease expired; not sending it", item.id());
                continue;
            }
            SendOutcome outcome = sender.send(new OutgoingMessage(item.chatId(), item.body(), Keyboards.parse(item.keyboard()),
                    item.paidBroadcast()));
            if (outcome instanceof SendOutcome.Sent) {
                sent.incrementAndGet();
            }
            if (outcomes.record(item, outcome)) {
                Instant until = limits.pausedUntil();
                batch.subList(i + 1, batch.size()).forEach(rest -> outbox.retryLater(rest.id(), until, null, false));
                return true;
            }
        }
        return true;
    }

    private void report() {
        long last = 0;
        while (running) {
            sleepQuietly(props.progressLogInterval());
            long now = sent.get();
            if (now != last) {
                log.info("Delivery {}: sent {} in the last {} s ({}/s), {} still queued", workerId, now - last,
                        props.progressLogInterval().toSeconds(),
                        String.format("%.1f", (now - last) / (double) props.progressLogInterval().toSeconds()), outbox.pendingCount());
                last = now;
            }
        }
    }

    private static void sleepQuietly(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

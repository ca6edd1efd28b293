package vn.hoctap.bot.telegram.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.hoctap.bot.session.SessionStore;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramProperties;

/**
 * Between the transports and the handlers: stores each batch of updates in the durable inbox (the
 * caller acknowledges to Telegram only after this returns), queues the new ones behind earlier
 * updates of the same chat, and runs a supervised sweeper that renews this instance's leases, takes
 * over updates a crashed instance left, and purges old rows. A graceful stop lets the handlers in
 * progress finish and hands the updates still waiting back to the inbox for the next instance.
 */
final class InboxDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboxDispatcher.class);
    private static final int MAX_ATTEMPTS = 5;

    private final Inbox inbox;
    private final ChatOrderedExecutor executor;
    private final UpdatePipeline pipeline;
    private final SessionStore sessions;
    private final TelegramProperties props;
    private final UpdateMetrics metrics;
    private final ObjectMapper telegramJson = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final Set<Integer> inMemory = ConcurrentHashMap.newKeySet();
    /** Handling waits (at most {@code backlog-hold}) while the poller stores a backlog. */
    private final BacklogGate backlog;
    private volatile boolean running;
    private volatile Thread sweeper;
    private Instant lastPurge = Instant.EPOCH;

    InboxDispatcher(Inbox inbox, ChatOrderedExecutor executor, UpdatePipeline pipeline, SessionStore sessions,
            TelegramProperties props, UpdateMetrics metrics) {
        this.metrics = metrics;
        this.inbox = inbox;
        this.executor = executor;
        this.pipeline = pipeline;
        this.sessions = sessions;
        this.props = props;
        this.backlog = new BacklogGate(props.backlogHold());
    }

    boolean accepting() {
        return running;
    }

    /**
     * Stores the updates durably, then queues those not seen before. Throws if they could not be
     * stored: the caller must then not acknowledge them.
     */
    void accept(List<ReceivedUpdate> updates) {
        List<Inbox.Row> rows = new ArrayList<>(updates.size());
        java.util.Map<Integer, Incoming> mapped = new java.util.HashMap<>();
        for (ReceivedUpdate received : updates) {
            Integer id = received.updateId();
            if (id == null || mapped.containsKey(id)) {
                continue;
            }
            Incoming in = safeMap(id, received.update());
            mapped.put(id, in);
            // Stored as Telegram sent it: writing the object back to JSON was half of the poller's time.
            rows.add(new Inbox.Row(id, in.chatId(), received.json(), 0));
        }
        metrics.received(rows.size());
        for (Inbox.Row fresh : inbox.store(rows)) {
            queue(fresh.updateId(), mapped.get(fresh.updateId()));
        }
    }

    /**
     * The poller tells whether Telegram holds more updates than the batch it just fetched: while it
     * does, handling waits (bounded) so storing the backlog comes first.
     */
    void backlog(boolean more) {
        if (more) {
            backlog.hold();
        } else {
            backlog.open();
        }
    }

    /** A malformed update must never block its batch: it is stored and ignored. */
    private static Incoming safeMap(int updateId, JsonNode u) {
        try {
            return UpdateMapper.map(u);
        } catch (RuntimeException e) {
            log.warn("Update {} cannot be read ({}); it is stored and ignored", updateId, e.toString());
            return new Incoming(updateId, Incoming.Kind.IGNORED, 0, 0, "", null, null, null, null, null, null, null);
        }
    }

    private void queue(int updateId, Incoming in) {
        if (!running || !inMemory.add(updateId)) {
            return;
        }
        try {
            executor.submit(in.chatId(), () -> {
                try {
                    backlog.awaitOpen();
                    if (running) {
                        metrics.handle(updateId, in, () -> pipeline.process(updateId, in, () -> running));
                    }
                } finally {
                    inMemory.remove(updateId);
                }
            });
        } catch (RejectedExecutionException e) {
            // Stopping: the update stays in the inbox and is handed back for the next instance.
            inMemory.remove(updateId);
        }
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        executor.restart();
        running = true;
        Thread t = new Thread(this::sweep, "hoctap-inbox-sweeper");
        t.setDaemon(true);
        sweeper = t;
        t.start();
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        backlog.open();
        Thread t = sweeper;
        if (t != null) {
            t.interrupt();
        }
        executor.drain(props.shutdownGrace());
        try {
            int released = inbox.releaseMine();
            log.info("Update handling stopped; {} update(s) not yet handled are left in the inbox for the next start", released);
        } catch (RuntimeException e) {
            log.warn("Could not hand unhandled updates back (they are taken over when the lease expires): {}", e.getMessage());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the transports (they stop first), before the delivery worker and storage. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 150;
    }

    /** Supervised: a failed pass (PostgreSQL down, even an Error) is logged and the next one runs. */
    private void sweep() {
        while (running) {
            try {
                sweepOnce();
            } catch (Throwable e) {
                if (running) {
                    log.warn("Inbox sweep failed; next try in {}: {}", props.inboxSweep(), e.toString());
                }
            }
            try {
                Thread.sleep(props.inboxSweep().toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    void sweepOnce() {
        inbox.heartbeat(List.copyOf(inMemory));
        for (Inbox.Row row : inbox.takeOver(props.inboxLease(), 500)) {
            if (inMemory.contains(row.updateId())) {
                continue;
            }
            if (row.attempts() > MAX_ATTEMPTS) {
                log.error("Update {} was taken over {} times without being handled; giving up on it", row.updateId(), row.attempts());
                inbox.markFailed(row.updateId(), "taken over " + row.attempts() + " times");
                continue;
            }
            log.info("Taking over update {} of chat {} left by a stopped instance", row.updateId(), row.chatId());
            queue(row.updateId(), parse(row));
        }
        if (Duration.between(lastPurge, Instant.now()).toMinutes() >= 1) {
            lastPurge = Instant.now();
            int purged = inbox.purge(props.inboxRetention());
            int expired = sessions.purgeExpired();
            if (purged + expired > 0) {
                log.info("Purged {} handled update(s) and {} expired session(s)", purged, expired);
            }
        }
    }

    private Incoming parse(Inbox.Row row) {
        try {
            return safeMap(row.updateId(), telegramJson.readTree(row.payload()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored update " + row.updateId(), e);
        }
    }
}

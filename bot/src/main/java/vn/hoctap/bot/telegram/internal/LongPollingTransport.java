package vn.hoctap.bot.telegram.internal;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import vn.hoctap.bot.telegram.TelegramProperties;

/**
 * Long polling, active only when it is the configured mode, on one instance at a time (the
 * {@link PollerLock}). Telegram forgets updates once a getUpdates call asks for a higher offset, so
 * the offset moves past a batch only after the inbox has stored it: a crash at any moment leaves the
 * unstored updates with Telegram, which hands them out again. A storage outage is waited out.
 * getUpdates is our own call ({@link GetUpdatesCall}) so the inbox stores each update's JSON as sent;
 * while Telegram holds a backlog (full batches) the poller asks on without waiting and handling
 * waits for it ({@link BacklogGate}).
 */
final class LongPollingTransport implements SmartLifecycle {

    static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query", "inline_query", "poll_answer",
            "my_chat_member");
    private static final Logger log = LoggerFactory.getLogger(LongPollingTransport.class);
    /** Telegram's largest getUpdates batch; a full one means more are waiting. */
    private static final int BATCH = 100;

    private final TelegramProperties props;
    private volatile GetUpdatesCall getUpdates;
    private volatile okhttp3.OkHttpClient http;
    private final InboxDispatcher inbox;
    private final PollerLock lock;
    private final boolean active;
    private volatile boolean running;
    private volatile Thread poller;
    private int offset;
    private boolean inBacklog;

    LongPollingTransport(TelegramProperties props, InboxDispatcher inbox, PollerLock lock) {
        this.props = props;
        this.inbox = inbox;
        this.lock = lock;
        this.active = props.enabled() && props.mode() == TelegramProperties.Mode.POLLING;
    }

    @Override
    public synchronized void start() {
        if (!active || running) {
            return;
        }
        // A client of its own per start (a stop cancels its calls), whose read timeout outlasts the long poll.
        http = new okhttp3.OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
                .readTimeout(props.pollTimeout().plusSeconds(15)).build();
        getUpdates = new GetUpdatesCall(http, props.telegramUrl(), props.token());
        running = true;
        Thread t = new Thread(this::loop, "hoctap-telegram-poller");
        t.setDaemon(true);
        poller = t;
        t.start();
        log.info("Telegram long polling started against {}", props.url());
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        Thread t = poller;
        // Cancels the waiting getUpdates; a batch being stored is finished first (no interrupt).
        http.dispatcher().cancelAll();
        if (t != null) {
            try {
                t.join(props.shutdownGrace().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        lock.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        log.info("Telegram long polling stopped");
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stop polling before the update workers and storage go away. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    /** Supervised: every failure is logged and retried with back-off; only a stop ends the loop. */
    private void loop() {
        boolean holding = false;
        long backoffMillis = 500;
        while (running) {
            try {
                if (!lock.holdOrTake()) {
                    if (holding) {
                        log.warn("This instance no longer holds the long-polling lock");
                    }
                    holding = false;
                    pause(props.pollerLockRetry().toMillis());
                    continue;
                }
                if (!holding) {
                    holding = true;
                    log.info("This instance is the long-poller");
                }
                // In a backlog, ask without waiting: an empty answer means the poller has caught up.
                List<ReceivedUpdate> updates = getUpdates.fetch(offset, inBacklog ? 0 : (int) props.pollTimeout().toSeconds(),
                        BATCH, ALLOWED_UPDATES);
                inBacklog = updates.size() >= BATCH;
                inbox.backlog(inBacklog);
                if (!updates.isEmpty()) {
                    storeUntilDone(updates);
                    updates.stream().map(ReceivedUpdate::updateId).filter(java.util.Objects::nonNull)
                            .mapToInt(Integer::intValue).max().ifPresent(max -> offset = Math.max(offset, max + 1));
                }
                backoffMillis = 500;
            } catch (Throwable e) {
                inBacklog = false;
                inbox.backlog(false);
                if (!running) {
                    return;
                }
                if (e instanceof GetUpdatesCall.Refused r && r.code() == 409) {
                    log.warn("getUpdates conflict (a webhook is set or another poller runs): {}", r.getMessage());
                } else {
                    log.warn("Long polling failed; retrying in {} ms: {}{}", backoffMillis, e.toString(),
                            e.getCause() == null ? "" : " (" + e.getCause() + ")");
                }
                pause(backoffMillis);
                backoffMillis = Math.min(30_000, backoffMillis * 2);
            }
        }
    }

    /** Keeps trying to store the batch: until it is stored, the offset must not move past it. */
    private void storeUntilDone(List<ReceivedUpdate> updates) {
        long waitMillis = 250;
        while (true) {
            try {
                inbox.accept(updates);
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    throw e;
                }
                log.warn("Cannot store {} update(s) yet (Telegram keeps them until stored); retrying in {} ms: {}",
                        updates.size(), waitMillis, e.getMessage());
                pause(waitMillis);
                waitMillis = Math.min(5_000, waitMillis * 2);
            }
        }
    }

    private void pause(long millis) {
        long end = System.nanoTime() + Duration.ofMillis(millis).toNanos();
        while (running && System.nanoTime() < end) {
            try {
                Thread.sleep(Math.min(100, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}

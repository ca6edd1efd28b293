package vn.hoctap.bot.telegram.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks of the same chat one after another, in arrival order, and tasks of different chats
 * in parallel on a bounded pool. Each chat's queue is a chain of futures that is dropped once it
 * runs dry, so idle chats cost nothing.
 */
final class ChatOrderedExecutor implements AutoCloseable {

    private final int threads;
    private final AtomicInteger n = new AtomicInteger();
    private final ConcurrentHashMap<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();
    private volatile ExecutorService pool;

    ChatOrderedExecutor(int threads) {
        this.threads = threads;
        this.pool = newPool();
    }

    private ExecutorService newPool() {
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "hoctap-update-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        return Executors.newFixedThreadPool(threads, factory);
    }

    /** After a {@link #drain}: takes tasks again (a paused application context is restarted). */
    synchronized void restart() {
        if (pool.isShutdown()) {
            tails.clear();
            pool = newPool();
        }
    }

    /** The task must not throw: errors are the pipeline's business, so one failure never blocks a chat. */
    void submit(long chatId, Runnable task) {
        ExecutorService pool = this.pool;
        CompletableFuture<Void> next = tails.compute(chatId, (id, tail) -> tail == null
                ? CompletableFuture.runAsync(task, pool)
                : tail.handle((ok, err) -> null).thenRunAsync(task, pool));
        next.whenComplete((ok, err) -> tails.remove(chatId, next));
    }

    int activeChats() {
        return tails.size();
    }

    /**
     * Stops taking tasks and waits up to {@code grace} for those running (queued tasks check the
     * caller's running flag and return at once). Never interrupts a handler: an interrupted send
     * that Telegram already accepted would be sent again after the restart.
     */
    void drain(Duration grace) {
        ExecutorService pool = this.pool;
        pool.shutdown();
        try {
            pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        ExecutorService pool = this.pool;
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
    }
}

package vn.hoctap.bot.telegram.internal;

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

    private final ExecutorService pool;
    private final ConcurrentHashMap<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    ChatOrderedExecutor(int threads) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "hoctap-update-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = Executors.newFixedThreadPool(threads, factory);
    }

    /** The task must not throw: errors are the pipeline's business, so one failure never blocks a chat. */
    void submit(long chatId, Runnable task) {
        CompletableFuture<Void> next = tails.compute(chatId, (id, tail) -> tail == null
                ? CompletableFuture.runAsync(task, pool)
                : tail.handle((ok, err) -> null).thenRunAsync(task, pool));
        next.whenComplete((ok, err) -> tails.remove(chatId, next));
    }

    int activeChats() {
        return tails.size();
    }

    @Override
    public void close() throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
    }
}

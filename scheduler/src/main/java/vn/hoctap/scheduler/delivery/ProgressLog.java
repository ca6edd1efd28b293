package vn.hoctap.scheduler.delivery;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs a worker's send rate and the queue's depth every interval while sending, so operators see progress. */
final class ProgressLog implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final String workerId;
    private final AtomicLong sent;
    private final Outbox outbox;
    private final Duration interval;
    private final BooleanSupplier running;

    ProgressLog(String workerId, AtomicLong sent, Outbox outbox, Duration interval, BooleanSupplier running) {
        this.workerId = workerId;
        this.sent = sent;
        this.outbox = outbox;
        this.interval = interval;
        this.running = running;
    }

    @Override
    public void run() {
        long last = 0;
        while (running.getAsBoolean()) {
            try {
                long end = System.nanoTime() + interval.toNanos();
                while (running.getAsBoolean() && System.nanoTime() < end) {
                    Thread.sleep(100);
                }
                long now = sent.get();
                if (now != last) {
                    log.info("Delivery {}: sent {} in the last {} s ({}/s), {} still queued", workerId, now - last,
                            interval.toSeconds(), String.format("%.1f", (now - last) / (double) interval.toSeconds()),
                            outbox.pendingCount());
                    last = now;
                }
            } catch (InterruptedException e) {
                return;
            } catch (Throwable e) {
                log.warn("Delivery progress report failed: {}", e.toString());
            }
        }
    }
}

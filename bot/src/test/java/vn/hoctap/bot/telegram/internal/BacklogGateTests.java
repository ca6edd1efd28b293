package vn.hoctap.bot.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Handling waits while the poller stores a backlog, but never longer than the hold, and a spent hold is not renewed. */
class BacklogGateTests {

    @Test
    void openGateLetsHandlingThroughAtOnce() {
        BacklogGate gate = new BacklogGate(Duration.ofMinutes(5));
        gate.awaitOpen();
        gate.hold();
        gate.open();
        gate.awaitOpen();
    }

    @Test
    void zeroHoldTurnsTheGateOff() throws Exception {
        BacklogGate gate = new BacklogGate(Duration.ZERO);
        gate.hold();
        Thread handler = new Thread(gate::awaitOpen);
        handler.start();
        handler.join(10_000);
        assertThat(handler.isAlive()).isFalse();
    }

    @Test
    void handlingWaitsWhileThePollerStoresABacklogAndGoesOnWhenItCatchesUp() throws Exception {
        BacklogGate gate = new BacklogGate(Duration.ofMinutes(5));
        gate.hold();
        Thread handler = new Thread(gate::awaitOpen);
        handler.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> handler.getState() == Thread.State.TIMED_WAITING);
        assertThat(handler.isAlive()).isTrue();
        gate.open();
        handler.join(10_000);
        assertThat(handler.isAlive()).isFalse();
    }

    @Test
    void holdEndsAfterItsMaximumAndIsNotRenewedUntilThePollerCatchesUp() throws Exception {
        BacklogGate gate = new BacklogGate(Duration.ofMillis(200));
        gate.hold();
        long t0 = System.nanoTime();
        CompletableFuture.runAsync(gate::awaitOpen).get(10, TimeUnit.SECONDS);
        assertThat(System.nanoTime() - t0).isGreaterThanOrEqualTo(Duration.ofMillis(150).toNanos());
        gate.hold();
        long t1 = System.nanoTime();
        gate.awaitOpen();
        assertThat(System.nanoTime() - t1).as("a spent hold is not renewed within the same backlog")
                .isLessThan(Duration.ofMillis(150).toNanos());
        gate.open();
        gate.hold();
        CompletableFuture<Void> held = CompletableFuture.runAsync(gate::awaitOpen);
        await().pollDelay(Duration.ZERO).atMost(Duration.ofSeconds(10)).until(held::isDone);
        assertThat(System.nanoTime() - t1).as("after catching up, the next backlog holds again").isGreaterThanOrEqualTo(
                Duration.ofMillis(150).toNanos());
    }
}

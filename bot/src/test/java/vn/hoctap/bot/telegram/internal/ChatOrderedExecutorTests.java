package vn.hoctap.bot.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class ChatOrderedExecutorTests {

    @Test
    void tasksOfOneChatRunInArrivalOrder() throws Exception {
        try (ChatOrderedExecutor executor = new ChatOrderedExecutor(8)) {
            List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch done = new CountDownLatch(200);
            for (int i = 0; i < 200; i++) {
                int n = i;
                executor.submit(1L, () -> {
                    if (n % 7 == 0) {
                        sleep(2); // uneven task lengths, so a broken order would show; not a wait
                    }
                    seen.add(n);
                    done.countDown();
                });
            }
            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(seen).isSorted().hasSize(200);
        }
    }

    @Test
    void aSlowChatDoesNotHoldUpOthers() throws Exception {
        try (ChatOrderedExecutor executor = new ChatOrderedExecutor(4)) {
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch otherDone = new CountDownLatch(1);
            executor.submit(1L, () -> await(release));
            executor.submit(2L, otherDone::countDown);
            assertThat(otherDone.await(5, TimeUnit.SECONDS)).isTrue();
            release.countDown();
        }
    }

    @Test
    void aFailingTaskDoesNotBlockTheChat() throws Exception {
        try (ChatOrderedExecutor executor = new ChatOrderedExecutor(2)) {
            CountDownLatch after = new CountDownLatch(1);
            executor.submit(3L, () -> {
                throw new IllegalStateException("boom");
            });
            executor.submit(3L, after::countDown);
            assertThat(after.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void idleChatsAreForgotten() throws Exception {
        try (ChatOrderedExecutor executor = new ChatOrderedExecutor(2)) {
            CountDownLatch done = new CountDownLatch(50);
            for (long chat = 0; chat < 50; chat++) {
                executor.submit(chat, done::countDown);
            }
            assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
            // The last task's chat is forgotten just after the task ends: wait for it, bounded.
            Awaitility.await("idle chats forgotten").atMost(Duration.ofSeconds(5)).until(() -> executor.activeChats() == 0);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

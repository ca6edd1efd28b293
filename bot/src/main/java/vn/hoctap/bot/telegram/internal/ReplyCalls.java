package vn.hoctap.bot.telegram.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.hoctap.bot.telegram.TelegramCallException;
import vn.hoctap.scheduler.delivery.SendBudget;

/**
 * How an interactive reply is sent, whichever HTTP path carries it: a message that counts against
 * Telegram's limits first takes its share of the send budget (ahead of broadcasts, and a second
 * apart from a broadcast in the same chat); a 429 is waited out for its retry_after (pausing bulk
 * delivery too) and the reply keeps its turn; transient failures (5xx, network) are retried twice;
 * anything else reaches the caller as the attempt's {@link TelegramCallException}.
 */
final class ReplyCalls {

    private static final int ATTEMPTS = 3;
    /** A reply keeps waiting out 429s up to this long in all. */
    private static final Duration MAX_TOTAL_429_WAIT = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(ReplyCalls.class);

    private final SendBudget budget;
    private final Duration maxRetryAfter;

    ReplyCalls(SendBudget budget, Duration maxRetryAfter) {
        this.budget = budget;
        this.maxRetryAfter = maxRetryAfter;
    }

    /**
     * Runs {@code attempt} until it succeeds or fails for good.
     *
     * @param counted whether the call counts against Telegram's message limits (a button's answer does not)
     * @param chatId the chat a counted call sends to, for the per-chat rule; null if none
     */
    <T> T call(String method, boolean counted, Long chatId, Supplier<T> attempt) {
        long waited429 = 0;
        for (int tries = 1;; tries++) {
            SendBudget.Grant grant = counted ? budget.acquireReply(chatId) : null;
            try {
                return attempt.get();
            } catch (TelegramCallException e) {
                int code = e.errorCode();
                if (code == 429) {
                    long wait = e.retryAfterSeconds() == null ? 1 : e.retryAfterSeconds();
                    if (wait > maxRetryAfter.toSeconds() || waited429 + wait > MAX_TOTAL_429_WAIT.toSeconds()) {
                        throw e;
                    }
                    // The bot is over Telegram's limit: broadcasts step back too while this reply waits.
                    Instant now = Instant.now();
                    budget.pauseUntil(now.plusSeconds(wait), now);
                    waited429 += wait;
                    tries--;
                    pause(Duration.ofSeconds(wait), method, code);
                    continue;
                }
                boolean transientError = code >= 500 || code == 0;
                if (!transientError || tries == ATTEMPTS) {
                    throw e;
                }
                pause(backoff(tries), method, code);
            } finally {
                if (grant != null) {
                    grant.done();
                }
            }
        }
    }

    private static Duration backoff(int attempt) {
        return Duration.ofMillis(200L * attempt * attempt);
    }

    private static void pause(Duration wait, String method, int code) {
        log.warn("{} answered {}; retrying in {} ms", method, code == 0 ? "a network error" : code, wait.toMillis());
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TelegramCallException(method, code, "interrupted while waiting to retry", e);
        }
    }
}

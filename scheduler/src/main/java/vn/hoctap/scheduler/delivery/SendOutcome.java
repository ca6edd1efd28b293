package vn.hoctap.scheduler.delivery;

import java.time.Duration;

/** What happened to one send, as Telegram answered it. */
public sealed interface SendOutcome {

    record Sent(int messageId) implements SendOutcome {
    }

    /** 429: everyone must pause for {@code retryAfter}. */
    record RateLimited(Duration retryAfter) implements SendOutcome {
    }

    /** 403: the member blocked the bot or the account is gone; never retried. */
    record Unreachable(String reason) implements SendOutcome {
    }

    /** 5xx or network failure: worth retrying later. */
    record Transient(String reason) implements SendOutcome {
    }

    /** Any other 4xx: retrying cannot help; the reason is kept. */
    record Rejected(String reason) implements SendOutcome {
    }
}

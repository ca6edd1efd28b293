package vn.hoctap.bot.telegram;

/** A Bot API call that failed for good (after the retries that make sense for its error). */
public class TelegramCallException extends RuntimeException {

    private final int errorCode;
    private final Integer retryAfterSeconds;

    public TelegramCallException(String method, int errorCode, String description, Throwable cause) {
        this(method, errorCode, description, null, cause);
    }

    public TelegramCallException(String method, int errorCode, String description, Integer retryAfterSeconds, Throwable cause) {
        super(method + " failed" + (errorCode > 0 ? " with " + errorCode : "") + ": " + description, cause);
        this.errorCode = errorCode;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Telegram's retry_after for a 429, if it gave one. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** Telegram's error_code, or 0 for a network failure. */
    public int errorCode() {
        return errorCode;
    }
}

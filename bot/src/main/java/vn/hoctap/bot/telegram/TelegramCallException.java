package vn.hoctap.bot.telegram;

/** A Bot API call that failed for good (after the retries that make sense for its error). */
public class TelegramCallException extends RuntimeException {

    private final int errorCode;

    public TelegramCallException(String method, int errorCode, String description, Throwable cause) {
        super(method + " failed" + (errorCode > 0 ? " with " + errorCode : "") + ": " + description, cause);
        this.errorCode = errorCode;
    }

    /** Telegram's error_code, or 0 for a network failure. */
    public int errorCode() {
        return errorCode;
    }
}

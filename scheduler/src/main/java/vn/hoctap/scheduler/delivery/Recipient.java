package vn.hoctap.scheduler.delivery;

/** One member's copy of a bulk message, rendered, with its keyboard as JSON. */
public record Recipient(long memberId, long chatId, String body, String keyboardJson) {
}

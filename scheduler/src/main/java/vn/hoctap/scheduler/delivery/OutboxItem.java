package vn.hoctap.scheduler.delivery;

/** A claimed outbox row, ready to send. */
public record OutboxItem(long id, long campaignId, String step, long memberId, long chatId, String body, String keyboard,
        boolean paidBroadcast, int attempts) {
}

package vn.hoctap.scheduler.delivery;

/**
 * Sends one message to Telegram, once, without retrying or sleeping: the delivery worker owns
 * retries and pacing. Implemented by the bot module.
 */
public interface MessageSender {

    SendOutcome send(OutgoingMessage message);

    /** False when there is no way to send (e.g. no bot token): the worker then stays idle. */
    default boolean available() {
        return true;
    }
}

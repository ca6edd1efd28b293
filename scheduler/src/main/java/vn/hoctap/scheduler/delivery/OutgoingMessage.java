package vn.hoctap.scheduler.delivery;

import java.util.List;

/** A bulk message as the delivery worker hands it to the sender. Buttons carry callback data. */
public record OutgoingMessage(long chatId, String text, List<List<ButtonSpec>> keyboard, boolean paidBroadcast) {

    public record ButtonSpec(String text, String callbackData) {
    }
}

package vn.hoctap.bot.telegram.internal;

import java.nio.charset.StandardCharsets;

import vn.hoctap.bot.telegram.Keyboard;
import vn.hoctap.bot.telegram.TelegramCallException;

/**
 * {@code sendMessage} for bulk delivery: the JSON of a broadcast's text and buttons is written once
 * and reused for every chat it goes to (only {@code chat_id} differs), then sent through
 * {@link BotApiHttp} like the replies.
 */
final class BulkSendClient {

    /** The last body serialised, reused while a broadcast sends the same text to chat after chat. */
    private record Body(String text, Keyboard keyboard, boolean paid, byte[] rest) {
    }

    private final BotApiHttp http;
    private volatile Body last;

    BulkSendClient(BotApiHttp http) {
        this.http = http;
    }

    /** @return Telegram's message id; throws {@link TelegramCallException} with Telegram's error code (0: network) */
    int send(long chatId, String text, Keyboard keyboard, boolean paidBroadcast) {
        return http.call("sendmessage", json(chatId, text, keyboard, paidBroadcast));
    }

    private byte[] json(long chatId, String text, Keyboard keyboard, boolean paidBroadcast) {
        Body body = last;
        if (body == null || body.paid() != paidBroadcast || !body.text().equals(text) || !body.keyboard().equals(keyboard)) {
            body = new Body(text, keyboard, paidBroadcast, BotApiJson.bulkRest(text, keyboard, paidBroadcast));
            last = body;
        }
        byte[] head = ("{\"chat_id\":" + chatId + ",").getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + body.rest().length + 1];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body.rest(), 0, all, head.length, body.rest().length);
        all[all.length - 1] = '}';
        return all;
    }
}

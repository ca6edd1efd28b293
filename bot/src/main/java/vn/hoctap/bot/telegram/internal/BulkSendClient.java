package vn.hoctap.bot.telegram.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.telegram.telegrambots.meta.TelegramUrl;

import vn.hoctap.bot.telegram.Keyboard;
import vn.hoctap.bot.telegram.TelegramCallException;

/**
 * {@code sendMessage} for bulk delivery, cheaper than the general client: the request runs on the
 * calling thread (no hand-over to OkHttp's async dispatcher and back), the JSON of a broadcast's
 * text and buttons is built once and reused for every chat it goes to (only {@code chat_id}
 * differs), and of Telegram's answer only the message id or the error is read, not the whole
 * message. Same OkHttp client, so the same connections, timeouts and HTTP metrics as replies.
 */
final class BulkSendClient {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The last body serialised, reused while a broadcast sends the same text to chat after chat. */
    private record Body(String text, Keyboard keyboard, boolean paid, byte[] rest) {
    }

    private final OkHttpClient http;
    private final HttpUrl url;
    private volatile Body last;

    BulkSendClient(OkHttpClient http, String token, TelegramUrl telegramUrl) {
        this.http = http;
        HttpUrl.Builder b = new HttpUrl.Builder().scheme(telegramUrl.getSchema()).host(telegramUrl.getHost())
                .port(telegramUrl.getPort()).addPathSegment("bot" + token);
        if (telegramUrl.isTestServer()) {
            b.addPathSegment("test");
        }
        this.url = b.addPathSegment("sendmessage").build(); // as TelegramBots spells it (metrics by path)
    }

    /** @return Telegram's message id; throws {@link TelegramCallException} with Telegram's error code (0: network) */
    int send(long chatId, String text, Keyboard keyboard, boolean paidBroadcast) {
        Request request = new Request.Builder().url(url).post(RequestBody.create(json(chatId, text, keyboard, paidBroadcast), JSON))
                .build();
        try (Response response = http.newCall(request).execute()) {
            ResponseBody body = response.body();
            JsonNode answer;
            try {
                answer = MAPPER.readTree(body == null ? new byte[0] : body.bytes());
            } catch (IOException e) {
                throw new TelegramCallException("sendmessage", response.code() >= 500 ? response.code() : 0,
                        "unreadable answer (HTTP " + response.code() + ")", e);
            }
            if (answer != null && answer.path("ok").asBoolean(false)) {
                return answer.path("result").path("message_id").asInt();
            }
            int code = answer == null ? response.code() : answer.path("error_code").asInt(response.code());
            JsonNode retryAfter = answer == null ? null : answer.path("parameters").get("retry_after");
            String description = answer == null ? "HTTP " + response.code() : answer.path("description").asText("HTTP " + response.code());
            throw new TelegramCallException("sendmessage", code, description, retryAfter == null ? null : retryAfter.asInt(), null);
        } catch (IOException e) {
            throw new TelegramCallException("sendmessage", 0, e.getMessage(), e);
        }
    }

    private byte[] json(long chatId, String text, Keyboard keyboard, boolean paidBroadcast) {
        Body body = last;
        if (body == null || body.paid() != paidBroadcast || !body.text().equals(text) || !body.keyboard().equals(keyboard)) {
            body = new Body(text, keyboard, paidBroadcast, rest(text, keyboard, paidBroadcast));
            last = body;
        }
        byte[] head = ("{\"chat_id\":" + chatId + ",").getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + body.rest().length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body.rest(), 0, all, head.length, body.rest().length);
        return all;
    }

    /** Everything after {@code {"chat_id":…,}}: the text, the buttons, the paid-broadcast flag. */
    private static byte[] rest(String text, Keyboard keyboard, boolean paidBroadcast) {
        ObjectNode node = MAPPER.createObjectNode().put("text", text);
        if (!keyboard.isEmpty()) {
            node.set("reply_markup", MAPPER.valueToTree(Markup.of(keyboard)));
        }
        if (paidBroadcast) {
            node.put("allow_paid_broadcast", true);
        }
        byte[] object;
        try {
            object = MAPPER.writeValueAsBytes(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write a message as JSON", e);
        }
        return java.util.Arrays.copyOfRange(object, 1, object.length); // without the opening brace
    }
}

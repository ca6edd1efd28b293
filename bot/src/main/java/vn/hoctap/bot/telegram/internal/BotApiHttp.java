package vn.hoctap.bot.telegram.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.telegram.telegrambots.meta.TelegramUrl;

import vn.hoctap.bot.telegram.TelegramCallException;

/**
 * One Bot API call with a JSON body we wrote ourselves ({@link BotApiJson}), cheaper than the
 * TelegramBots client for the calls made on every update (sendMessage, editMessageText,
 * answerCallbackQuery) and for bulk sends: the request runs on the calling thread (no hand-over to
 * OkHttp's async dispatcher and back), no method object is serialised, and of Telegram's answer
 * only the message id or the error is read, with a streaming parser, not the whole message as
 * objects. Same OkHttp client, so the same connections, timeouts and HTTP metrics as the client.
 */
final class BotApiHttp {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final JsonFactory FACTORY = new JsonFactory();

    private final OkHttpClient http;
    private final HttpUrl base;
    private final Map<String, HttpUrl> urls = new ConcurrentHashMap<>();

    BotApiHttp(OkHttpClient http, String token, TelegramUrl telegramUrl) {
        this.http = http;
        HttpUrl.Builder b = new HttpUrl.Builder().scheme(telegramUrl.getSchema()).host(telegramUrl.getHost())
                .port(telegramUrl.getPort()).addPathSegment("bot" + token);
        if (telegramUrl.isTestServer()) {
            b.addPathSegment("test");
        }
        this.base = b.build();
    }

    /**
     * Posts {@code json} to {@code method} (lower case, as TelegramBots spells paths, so metrics by
     * path stay the same).
     *
     * @return the result's message_id, or 0 if the result is not a message
     * @throws TelegramCallException with Telegram's error code and retry_after (code 0: network or unreadable answer)
     */
    int call(String method, byte[] json) {
        HttpUrl url = urls.computeIfAbsent(method, m -> base.newBuilder().addPathSegment(m).build());
        Request request = new Request.Builder().url(url).post(RequestBody.create(json, JSON)).build();
        try (Response response = http.newCall(request).execute()) {
            ResponseBody body = response.body();
            Answer answer;
            try {
                answer = Answer.read(body == null ? new byte[0] : body.bytes());
            } catch (IOException e) {
                throw new TelegramCallException(method, response.code() >= 500 ? response.code() : 0,
                        "unreadable answer (HTTP " + response.code() + ")", e);
            }
            if (answer.ok()) {
                return answer.messageId();
            }
            int code = answer.errorCode() != 0 ? answer.errorCode() : response.code();
            String description = answer.description() != null ? answer.description() : "HTTP " + response.code();
            throw new TelegramCallException(method, code, description, answer.retryAfter(), null);
        } catch (IOException e) {
            throw new TelegramCallException(method, 0, e.getMessage(), e);
        }
    }

    /** What is read of Telegram's answer. */
    record Answer(boolean ok, int messageId, int errorCode, String description, Integer retryAfter) {

        private static final byte[] OK_MESSAGE = "{\"ok\":true,\"result\":{\"message_id\":".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] OK_TRUE = "{\"ok\":true,\"result\":true}".getBytes(StandardCharsets.US_ASCII);
        private static final Answer OK = new Answer(true, 0, 0, null, null);

        static Answer read(byte[] body) throws IOException {
            // Telegram writes compact JSON, "ok" first and a message's id first: most answers are read from their start.
            if (Arrays.equals(body, OK_TRUE)) {
                return OK;
            }
            if (Arrays.mismatch(body, OK_MESSAGE) == OK_MESSAGE.length) {
                int i = OK_MESSAGE.length;
                long id = 0;
                while (i < body.length && body[i] >= '0' && body[i] <= '9' && id <= Integer.MAX_VALUE) {
                    id = id * 10 + (body[i++] - '0');
                }
                if (i > OK_MESSAGE.length && i < body.length && (body[i] == ',' || body[i] == '}') && id <= Integer.MAX_VALUE) {
                    return new Answer(true, (int) id, 0, null, null);
                }
            }
            return parse(body);
        }

        private static Answer parse(byte[] body) throws IOException {
            try (JsonParser p = FACTORY.createParser(body)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw new IOException("the answer is not a JSON object");
                }
                boolean ok = false;
                int messageId = 0;
                int code = 0;
                String description = null;
                Integer retryAfter = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    switch (name) {
                        case "ok" -> ok = value == JsonToken.VALUE_TRUE;
                        case "error_code" -> code = value == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
                                ? p.getIntValue() : 0;
                        case "description" -> description = value == JsonToken.VALUE_STRING ? p.getText() : null;
                        case "result" -> messageId = value == JsonToken.START_OBJECT ? orZero(intField(p, "message_id")) : skip(p);
                        case "parameters" -> retryAfter = value == JsonToken.START_OBJECT ? intField(p, "retry_after") : skipNull(p);
                        default -> p.skipChildren();
                    }
                }
                return new Answer(ok, messageId, code, description, retryAfter);
            }
        }

        private static int orZero(Integer value) {
            return value == null ? 0 : value;
        }

        private static int skip(JsonParser p) throws IOException {
            p.skipChildren();
            return 0;
        }

        private static Integer skipNull(JsonParser p) throws IOException {
            p.skipChildren();
            return null;
        }

        /** Reads the rest of the current object, keeping only one integer field (null if absent). */
        private static Integer intField(JsonParser p, String wanted) throws IOException {
            Integer found = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals(wanted) && value == JsonToken.VALUE_NUMBER_INT) {
                    // Telegram's ids and seconds fit an int; anything larger is not read as one (nor refused).
                    found = p.getNumberType() == JsonParser.NumberType.INT ? p.getIntValue() : 0;
                } else {
                    p.skipChildren();
                }
            }
            return found;
        }
    }
}

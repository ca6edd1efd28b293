package vn.hoctap.bot.telegram.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.telegram.telegrambots.meta.TelegramUrl;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * {@code getUpdates} called with OkHttp directly, so that each update's JSON text is kept exactly as
 * Telegram sent it (one pass of a streaming parser cuts the {@code result} array into the updates'
 * byte ranges) and the inbox stores that text: TelegramBots' client would only give the parsed
 * objects, and writing them back to JSON cost half of the poller's time. The response is bounded.
 */
final class GetUpdatesCall {

    /** Telegram refused the call (e.g. 409: a webhook is set or another poller runs). */
    static final class Refused extends RuntimeException {
        private final int code;

        Refused(int code, String description) {
            super("getUpdates refused: " + code + " " + description);
            this.code = code;
        }

        int code() {
            return code;
        }
    }

    /** 100 updates of at most a few KB each; anything far larger is not a getUpdates answer. */
    static final int MAX_BODY_BYTES = 32 * 1024 * 1024;
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient http;
    private final HttpUrl url;
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    GetUpdatesCall(OkHttpClient http, TelegramUrl telegram, String token) {
        this.http = http;
        HttpUrl.Builder b = new HttpUrl.Builder().scheme(telegram.getSchema()).host(telegram.getHost()).port(telegram.getPort())
                .addPathSegment("bot" + token);
        if (telegram.isTestServer()) {
            b.addPathSegment("test");
        }
        this.url = b.addPathSegment("getUpdates").build();
    }

    List<ReceivedUpdate> fetch(int offset, int timeoutSeconds, int limit, List<String> allowedUpdates) throws IOException {
        ObjectNode params = json.createObjectNode().put("offset", offset).put("limit", limit).put("timeout", timeoutSeconds);
        allowedUpdates.forEach(params.putArray("allowed_updates")::add);
        Request request = new Request.Builder().url(url).post(RequestBody.create(json.writeValueAsBytes(params), JSON)).build();
        try (Response response = http.newCall(request).execute(); InputStream in = response.body().byteStream()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw new IOException("getUpdates answer larger than " + MAX_BODY_BYTES + " bytes");
            }
            return parse(body);
        }
    }

    /** Reads {@code {"ok":…, "result":[…]}} keeping each update's bytes; an error answer becomes {@link Refused}. */
    List<ReceivedUpdate> parse(byte[] body) throws IOException {
        List<ReceivedUpdate> updates = new ArrayList<>();
        boolean ok = false;
        int errorCode = 0;
        String description = "";
        try (JsonParser p = json.getFactory().createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("getUpdates answer is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "ok" -> ok = value == JsonToken.VALUE_TRUE;
                    case "error_code" -> errorCode = p.getValueAsInt();
                    case "description" -> description = p.getValueAsString("");
                    case "result" -> {
                        if (value == JsonToken.START_ARRAY) {
                            while (p.nextToken() == JsonToken.START_OBJECT) {
                                int start = (int) p.currentTokenLocation().getByteOffset();
                                p.skipChildren();
                                int end = (int) p.currentLocation().getByteOffset();
                                updates.add(new ReceivedUpdate(read(body, start, end - start),
                                        new String(body, start, end - start, StandardCharsets.UTF_8)));
                            }
                            if (p.currentToken() != JsonToken.END_ARRAY) {
                                throw new IOException("getUpdates result holds something other than updates");
                            }
                        } else {
                            p.skipChildren();
                        }
                    }
                    default -> p.skipChildren();
                }
            }
        }
        if (!ok) {
            throw new Refused(errorCode, description);
        }
        return updates;
    }

    /** The update as a JSON tree (its bytes were cut out of a valid answer, so they are valid JSON). */
    private JsonNode read(byte[] body, int start, int length) throws IOException {
        return json.readTree(body, start, length);
    }
}

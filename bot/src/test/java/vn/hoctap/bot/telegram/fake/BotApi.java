package vn.hoctap.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The transport-independent Bot API: routes {@code /bot<token>/<method>} to a handler, checks the
 * token, records every call, applies injected one-shot failures and turns results and errors into
 * Telegram's response envelope.
 */
final class BotApi {

    /** One Bot API method implementation. */
    @FunctionalInterface
    private interface Handler {
        JsonNode call(JsonNode params) throws InterruptedException;
    }

    /** An HTTP status with its JSON body. */
    record Response(int status, ObjectNode body) {
    }

    private final String token;
    private final ObjectNode botUser;
    final UpdateQueue updates = new UpdateQueue();
    final Conversations conversations = new Conversations();
    final MessageMethods messages;
    final RateLimiter rateLimiter = new RateLimiter();
    private final Map<String, String> canonicalNames = new HashMap<>();
    private final Map<String, Handler> handlers = new HashMap<>();
    private final Map<String, Queue<ApiError>> injectedFailures = new HashMap<>();
    private final List<RecordedCall> calls = new ArrayList<>();
    private final AtomicInteger tooManyRequests = new AtomicInteger();
    private volatile String webhookUrl = "";

    BotApi(String token, ObjectNode botUser) {
        this.token = token;
        this.botUser = botUser;
        messages = new MessageMethods(conversations, rateLimiter, botUser);
        register("getMe", params -> botUser.deepCopy());
        register("getUpdates", this::getUpdates);
        register("setWebhook", this::setWebhook);
        register("deleteWebhook", this::deleteWebhook);
        register("getWebhookInfo", params -> Json.object().put("url", webhookUrl)
                .put("has_custom_certificate", false).put("pending_update_count", updates.unconfirmedCount()));
        register("setMyCommands", params -> BooleanNode.TRUE);
        register("setChatMenuButton", params -> BooleanNode.TRUE);
        register("deleteMyCommands", params -> BooleanNode.TRUE);
        register("sendChatAction", params -> BooleanNode.TRUE);
        register("sendMessage", messages::sendMessage);
        register("editMessageText", messages::editMessageText);
        register("editMessageReplyMarkup", messages::editMessageReplyMarkup);
        register("deleteMessage", messages::deleteMessage);
        register("sendPoll", messages::sendPoll);
        register("answerCallbackQuery", messages::answerCallbackQuery);
        register("answerInlineQuery", this::answerInlineQuery);
    }

    /** Like Telegram: an id is required, at most 50 results, each with a type, an id and content. */
    private JsonNode answerInlineQuery(JsonNode params) {
        String id = params.path("inline_query_id").asText("");
        JsonNode results = params.path("results");
        if (results.isTextual()) {
            try {
                results = Json.MAPPER.readTree(results.asText());
            } catch (Exception e) {
                throw ApiError.badRequest("can't parse inline query results JSON");
            }
        }
        if (id.isEmpty()) {
            throw ApiError.badRequest("QUERY_ID_INVALID");
        }
        if (!results.isArray() || results.size() > 50) {
            throw ApiError.badRequest("RESULTS_TOO_MUCH");
        }
        for (JsonNode r : results) {
            if (!r.hasNonNull("type") || !r.hasNonNull("id") || r.path("id").asText().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 64) {
                throw ApiError.badRequest("RESULT_ID_INVALID");
            }
        }
        conversations.recordInlineAnswer(id, results);
        return BooleanNode.TRUE;
    }

    private void register(String name, Handler handler) {
        canonicalNames.put(name.toLowerCase(Locale.ROOT), name);
        handlers.put(name.toLowerCase(Locale.ROOT), handler);
    }

    /** Handles one request; {@code path} is the URL path, {@code params} the decoded parameters. */
    Response handle(String path, JsonNode params) {
        String[] parts = path.startsWith("/bot") ? path.substring(4).split("/", -1) : new String[0];
        String requested = parts.length == 2 ? parts[1] : path;
        String method = canonicalNames.getOrDefault(requested.toLowerCase(Locale.ROOT), requested);
        record(method, params);
        try {
            if (parts.length != 2 || parts[1].isEmpty()) {
                throw ApiError.of(404, "Not Found");
            }
            if (!token.equals(parts[0])) {
                throw ApiError.of(401, "Unauthorized");
            }
            Handler handler = handlers.get(method.toLowerCase(Locale.ROOT));
            if (handler == null) {
                throw ApiError.of(404, "Not Found");
            }
            ApiError injected = takeInjectedFailure(method);
            if (injected != null) {
                throw injected;
            }
            return new Response(200, (ObjectNode) Json.object().put("ok", true).set("result", handler.call(params)));
        } catch (ApiError error) {
            if (error.code == 429) {
                tooManyRequests.incrementAndGet();
            }
            conversations.recordError(method + " " + params + " -> " + error.code + " " + error.description);
            return new Response(error.code, error.toJson());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Response(500, ApiError.of(500, "Internal Server Error: interrupted").toJson());
        } catch (RuntimeException e) {
            conversations.recordError(method + " " + params + " -> 500 " + e);
            return new Response(500, ApiError.of(500, "Internal Server Error: " + e).toJson());
        }
    }

    private JsonNode getUpdates(JsonNode params) throws InterruptedException {
        if (!webhookUrl.isEmpty()) {
            throw ApiError.of(409, "Conflict: can't use getUpdates method while webhook is active; "
                    + "use deleteWebhook to delete the webhook first");
        }
        long offset = Objects.requireNonNullElse(Json.longParam(params, "offset"), 0L);
        long limit = Objects.requireNonNullElse(Json.longParam(params, "limit"), 100L);
        long timeout = Objects.requireNonNullElse(Json.longParam(params, "timeout"), 0L);
        int boundedLimit = (int) Math.max(1, Math.min(100, limit));
        return updates.poll(offset, boundedLimit, Math.max(0, Math.min(timeout, 50)) * 1000L);
    }

    private JsonNode setWebhook(JsonNode params) {
        webhookUrl = Objects.requireNonNullElse(Json.text(params, "url"), "");
        if (Json.boolParam(params, "drop_pending_updates", false)) {
            updates.dropPending();
        }
        return BooleanNode.TRUE;
    }

    private JsonNode deleteWebhook(JsonNode params) {
        webhookUrl = "";
        if (Json.boolParam(params, "drop_pending_updates", false)) {
            updates.dropPending();
        }
        return BooleanNode.TRUE;
    }

    void failNext(String method, ApiError error) {
        String name = canonicalNames.getOrDefault(method.toLowerCase(Locale.ROOT), method);
        synchronized (injectedFailures) {
            injectedFailures.computeIfAbsent(name, key -> new ArrayDeque<>()).add(error);
        }
    }

    private ApiError takeInjectedFailure(String method) {
        synchronized (injectedFailures) {
            Queue<ApiError> queue = injectedFailures.get(method);
            return queue == null ? null : queue.poll();
        }
    }

    private void record(String method, JsonNode params) {
        RecordedCall call = new RecordedCall(method, params.deepCopy(), Instant.now());
        synchronized (calls) {
            calls.add(call);
        }
        java.util.function.Consumer<RecordedCall> listener = callListener;
        if (listener != null) {
            listener.accept(call);
        }
    }

    /** Told of every request as it arrives, before it is handled (benchmarks time replies with it). */
    volatile java.util.function.Consumer<RecordedCall> callListener;

    List<RecordedCall> calls(String method) {
        synchronized (calls) {
            return calls.stream().filter(call -> method == null || call.method().equalsIgnoreCase(method)).toList();
        }
    }

    int tooManyRequestsCount() {
        return tooManyRequests.get();
    }

    ObjectNode botUser() {
        return botUser.deepCopy();
    }
}

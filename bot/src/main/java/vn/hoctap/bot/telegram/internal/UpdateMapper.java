package vn.hoctap.bot.telegram.internal;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.Incoming.Kind;

/**
 * Reduces a Telegram update, read as a JSON tree, to an {@link Incoming}; only private chats are
 * served. Read from the tree rather than through TelegramBots' {@code Update} objects, whose
 * reflective builders were most of the poller's time; a required field that is missing or of the
 * wrong kind throws (the caller stores the update and ignores it), as it failed before.
 */
final class UpdateMapper {

    private UpdateMapper() {
    }

    static Incoming map(JsonNode u) {
        int id = updateId(u);
        JsonNode q = object(u, "callback_query");
        if (q != null) {
            JsonNode from = required(q, "from");
            JsonNode message = object(q, "message");
            long chatId = message != null ? longOf(required(message, "chat"), "id") : longOf(from, "id");
            Integer messageId = message != null ? intOf(message, "message_id") : null;
            return new Incoming(id, Kind.CALLBACK, chatId, longOf(from, "id"), name(from), null, null, null, text(q, "id"),
                    text(q, "data"), messageId, null);
        }
        JsonNode answer = object(u, "poll_answer");
        JsonNode voter = answer == null ? null : object(answer, "user");
        if (voter != null) {
            StringBuilder chosen = new StringBuilder();
            JsonNode options = answer.get("option_ids");
            if (options != null && options.isArray()) {
                for (JsonNode option : options) {
                    chosen.append(chosen.length() == 0 ? "" : ",").append(option.asInt());
                }
            }
            long userId = longOf(voter, "id");
            return new Incoming(id, Kind.POLL_ANSWER, userId, userId, name(voter), text(answer, "poll_id"), null, chosen.toString(),
                    null, null, null, null);
        }
        JsonNode inline = object(u, "inline_query");
        if (inline != null) {
            JsonNode from = required(inline, "from");
            long userId = longOf(from, "id");
            return new Incoming(id, Kind.INLINE, userId, userId, name(from), text(inline, "query"), null, null, null, null, null,
                    text(inline, "id"));
        }
        JsonNode m = object(u, "message");
        JsonNode chat = m == null ? null : object(m, "chat");
        if (chat != null && "private".equals(text(chat, "type"))) {
            long chatId = longOf(chat, "id");
            JsonNode from = object(m, "from");
            long userId = from != null ? longOf(from, "id") : chatId;
            String name = from != null ? name(from) : "";
            Integer messageId = intOf(m, "message_id");
            String raw = text(m, "text");
            if (raw != null && !raw.isEmpty()) {
                String text = raw.strip();
                if (text.startsWith("/") && text.length() > 1) {
                    String[] parts = text.split("\\s+", 2);
                    String command = parts[0].substring(1);
                    int at = command.indexOf('@');
                    command = (at >= 0 ? command.substring(0, at) : command).toLowerCase(Locale.ROOT);
                    return new Incoming(id, Kind.COMMAND, chatId, userId, name, text, command,
                            parts.length > 1 ? parts[1].strip() : "", null, null, messageId, null);
                }
                return new Incoming(id, Kind.TEXT, chatId, userId, name, text, null, null, null, null, messageId, null);
            }
            return new Incoming(id, Kind.OTHER_MESSAGE, chatId, userId, name, null, null, null, null, null, messageId, null);
        }
        long chatId = m != null ? longOf(required(m, "chat"), "id") : 0;
        return new Incoming(id, Kind.IGNORED, chatId, 0, "", null, null, null, null, null, null, null);
    }

    /** The update's id, or null if it has none that fits an int. */
    static Integer updateIdOrNull(JsonNode u) {
        JsonNode id = u == null ? null : u.get("update_id");
        return id != null && id.isIntegralNumber() && id.canConvertToInt() ? id.intValue() : null;
    }

    private static int updateId(JsonNode u) {
        Integer id = updateIdOrNull(u);
        return id == null ? -1 : id;
    }

    /** The field if it is an object; null if absent or null; throws if it is something else. */
    private static JsonNode object(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException(field + " is not an object");
        }
        return node;
    }

    private static JsonNode required(JsonNode parent, String field) {
        JsonNode node = object(parent, field);
        if (node == null) {
            throw new IllegalArgumentException("no " + field);
        }
        return node;
    }

    private static long longOf(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new IllegalArgumentException("no numeric " + field);
        }
        return node.longValue();
    }

    private static Integer intOf(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        return node != null && node.isIntegralNumber() && node.canConvertToInt() ? node.intValue() : null;
    }

    private static String text(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    private static String name(JsonNode user) {
        String first = text(user, "first_name");
        return first == null ? "" : first;
    }
}

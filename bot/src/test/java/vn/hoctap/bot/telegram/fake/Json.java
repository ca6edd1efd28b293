package vn.hoctap.bot.telegram.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON plumbing shared by the fake server: one mapper, tolerant readers for request parameters
 * (Telegram accepts numbers as strings and nested objects as JSON strings) and builders for the
 * small objects that appear everywhere (users, private chats).
 */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("can't parse JSON: " + e.getOriginalMessage());
        }
    }

    /** A parameter as text, or null when absent or JSON null. */
    static String text(JsonNode params, String field) {
        JsonNode value = params.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** A parameter that must be an integer, given either as a JSON number or as a numeric string. */
    static Long longParam(JsonNode params, String field) {
        String raw = text(params, field);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean boolParam(JsonNode params, String field, boolean defaultValue) {
        String raw = text(params, field);
        return raw == null ? defaultValue : Boolean.parseBoolean(raw.trim());
    }

    /** A structured parameter (object or array) that form-encoded requests send as a JSON string. */
    static JsonNode structured(JsonNode params, String field) {
        JsonNode value = params.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            String raw = value.asText().trim();
            return raw.isEmpty() ? null : read(raw);
        }
        return value;
    }

    static ObjectNode user(long id, boolean isBot, String firstName, String username) {
        ObjectNode user = object().put("id", id).put("is_bot", isBot).put("first_name", firstName);
        if (username != null) {
            user.put("username", username);
        }
        if (!isBot) {
            user.put("language_code", "vi");
        }
        return user;
    }

    static ObjectNode privateChat(long chatId, String firstName) {
        ObjectNode chat = object().put("id", chatId).put("type", "private");
        if (firstName != null) {
            chat.put("first_name", firstName);
        }
        return chat;
    }

    static long nowEpochSeconds() {
        return System.currentTimeMillis() / 1000;
    }
}

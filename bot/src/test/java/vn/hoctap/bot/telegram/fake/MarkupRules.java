package vn.hoctap.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The validation Telegram applies to message content, so that a bot which would be refused in
 * production is refused in tests too: text length, HTML entity syntax, inline keyboard and poll rules.
 */
final class MarkupRules {

    static final int MAX_TEXT_LENGTH = 4096;
    static final int MAX_CALLBACK_DATA_BYTES = 64;

    private static final Set<String> HTML_TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike",
            "del", "span", "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji", "tg-time");
    private static final List<String> BUTTON_ACTIONS = List.of("callback_data", "url", "login_url", "web_app",
            "switch_inline_query", "switch_inline_query_current_chat", "switch_inline_query_chosen_chat",
            "copy_text", "callback_game", "pay");

    private MarkupRules() {
    }

    /** Checks a message text: non-empty, entity syntax for HTML, at most 4096 characters once parsed. */
    static void checkText(String text, String parseMode) {
        if (text == null || text.isBlank()) {
            throw ApiError.badRequest("message text is empty");
        }
        String visible = text;
        if (parseMode != null && parseMode.equalsIgnoreCase("HTML")) {
            checkHtml(text);
            visible = text.replaceAll("<[^>]*>", "")
                    .replaceAll("&(?:[a-zA-Z]+|#[0-9]+|#x[0-9a-fA-F]+);", "&");
        }
        if (visible.length() > MAX_TEXT_LENGTH) {
            throw ApiError.badRequest("message is too long");
        }
    }

    /** Validates reply_markup and returns it as JSON, or null when the parameter is absent. */
    static JsonNode replyMarkup(JsonNode params) {
        JsonNode markup = Json.structured(params, "reply_markup");
        if (markup == null) {
            return null;
        }
        if (!markup.isObject()) {
            throw ApiError.badRequest("can't parse reply keyboard markup JSON object");
        }
        JsonNode keyboard = markup.get("inline_keyboard");
        if (keyboard == null) {
            return markup;
        }
        if (!keyboard.isArray()) {
            throw ApiError.badRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
        }
        for (JsonNode row : keyboard) {
            if (!row.isArray()) {
                throw ApiError.badRequest("can't parse inline keyboard button: field \"inline_keyboard\" "
                        + "of the InlineKeyboardMarkup must be an Array of Arrays");
            }
            for (JsonNode button : row) {
                checkButton(button);
            }
        }
        return markup;
    }

    /** Whether the markup is an inline keyboard (the only kind Telegram echoes back in a Message). */
    static boolean isInlineKeyboard(JsonNode markup) {
        return markup != null && markup.has("inline_keyboard");
    }

    private static void checkButton(JsonNode button) {
        if (!button.isObject() || button.path("text").asText("").isEmpty()) {
            throw ApiError.badRequest("can't parse inline keyboard button: Field \"text\" must be of type String");
        }
        if (BUTTON_ACTIONS.stream().noneMatch(button::hasNonNull)) {
            throw ApiError.badRequest("can't parse inline keyboard button: "
                    + "Text buttons are unallowed in the inline keyboard");
        }
        JsonNode data = button.get("callback_data");
        if (data != null && !data.isNull()) {
            int bytes = data.asText().getBytes(StandardCharsets.UTF_8).length;
            if (bytes == 0 || bytes > MAX_CALLBACK_DATA_BYTES) {
                throw ApiError.badRequest("BUTTON_DATA_INVALID");
            }
        }
    }

    /** Tag structure check for parse_mode HTML, with Telegram's wording of the common mistakes. */
    static void checkHtml(String text) {
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while ((i = text.indexOf('<', i)) >= 0) {
            int j = i + 1;
            boolean closing = j < text.length() && text.charAt(j) == '/';
            if (closing) {
                j++;
            }
            int nameStart = j;
            while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '-')) {
                j++;
            }
            String name = text.substring(nameStart, j).toLowerCase(Locale.ROOT);
            int end = text.indexOf('>', j);
            String offset = "at byte offset " + text.substring(0, i).getBytes(StandardCharsets.UTF_8).length;
            if (name.isEmpty() || end < 0) {
                throw ApiError.badRequest("can't parse entities: Unexpected end of name token " + offset);
            }
            if (closing) {
                if (open.isEmpty()) {
                    throw ApiError.badRequest("can't parse entities: Unexpected end tag " + offset);
                }
                String expected = open.pop();
                if (!expected.equals(name)) {
                    throw ApiError.badRequest("can't parse entities: Unmatched end tag " + offset
                            + ", expected \"</" + expected + ">\", found \"</" + name + ">\"");
                }
            } else if (!HTML_TAGS.contains(name)) {
                throw ApiError.badRequest("can't parse entities: Unsupported start tag \"" + name + "\" " + offset);
            } else if (!text.substring(j, end).endsWith("/")) {
                open.push(name);
            }
            i = end + 1;
        }
        if (!open.isEmpty()) {
            throw ApiError.badRequest("can't parse entities: Can't find end tag corresponding to start tag \""
                    + open.peek() + "\"");
        }
    }

    /** The poll options, given as strings or InputPollOption objects, within Telegram's limits. */
    static List<String> pollOptions(JsonNode params) {
        JsonNode raw = Json.structured(params, "options");
        List<String> options = new ArrayList<>();
        if (raw != null && raw.isArray()) {
            for (JsonNode option : raw) {
                String text = option.isObject() ? option.path("text").asText("") : option.asText("");
                if (text.isBlank()) {
                    throw ApiError.badRequest("poll options must be non-empty");
                }
                if (text.length() > 100) {
                    throw ApiError.badRequest("poll options length must not exceed 100");
                }
                options.add(text);
            }
        }
        if (options.size() < 2) {
            throw ApiError.badRequest("poll must have at least 2 option");
        }
        if (options.size() > 12) {
            throw ApiError.badRequest("poll can't have more than 12 options");
        }
        return options;
    }

    /** correct_option_ids (list) and the older correct_option_id (single) are both accepted. */
    static List<Integer> correctOptionIds(JsonNode params) {
        List<Integer> ids = new ArrayList<>();
        JsonNode list = Json.structured(params, "correct_option_ids");
        if (list != null && list.isArray()) {
            list.forEach(id -> ids.add(id.asInt()));
        }
        Long single = Json.longParam(params, "correct_option_id");
        if (single != null && !ids.contains(single.intValue())) {
            ids.add(single.intValue());
        }
        return ids;
    }
}

package vn.hoctap.bot.tryout;

import com.fasterxml.jackson.databind.JsonNode;
import vn.hoctap.bot.telegram.fake.SentMessage;

/**
 * Turns what the bot sent into the lines a person reads in {@link ChatConsole}: the text as it
 * stands, then the buttons numbered the way {@code press n} counts them, marked when they open a
 * link or the Mini App instead of calling back. Polls show their question and numbered options.
 */
final class ChatRendering {

    private ChatRendering() {
    }

    /** The message as the user sees it now; {@code prefix} starts the first line. */
    static String render(String prefix, SentMessage message) {
        StringBuilder out = new StringBuilder(prefix);
        if (message.deleted()) {
            return out.append(" (deleted)").toString();
        }
        if (message.isPoll()) {
            JsonNode poll = message.poll();
            out.append(" [").append(poll.path("type").asText("regular")).append(" poll] ")
                    .append(poll.path("question").asText());
            int n = 1;
            for (JsonNode option : poll.path("options")) {
                out.append("\n      (").append(n++).append(") ").append(option.path("text").asText());
            }
        } else {
            if (message.parseMode() != null) {
                out.append(" {").append(message.parseMode()).append('}');
            }
            out.append('\n');
            message.text().lines().forEach(line -> out.append("    ").append(line).append('\n'));
            out.setLength(out.length() - 1);
        }
        appendButtons(out, message.replyMarkup());
        return out.toString();
    }

    private static void appendButtons(StringBuilder out, JsonNode markup) {
        if (markup == null) {
            return;
        }
        int n = 1;
        for (JsonNode row : markup.path("inline_keyboard")) {
            out.append("\n   ");
            for (JsonNode button : row) {
                out.append(" [").append(n++).append(": ").append(button.path("text").asText()).append(target(button)).append(']');
            }
        }
        for (JsonNode row : markup.path("keyboard")) {
            out.append("\n    keyboard:");
            for (JsonNode button : row) {
                out.append(" [").append(button.isTextual() ? button.asText() : button.path("text").asText()).append(']');
            }
        }
        if (markup.path("remove_keyboard").asBoolean(false)) {
            out.append("\n    (keyboard removed)");
        }
    }

    private static String target(JsonNode button) {
        if (button.hasNonNull("url")) {
            return " -> " + button.get("url").asText();
        }
        if (button.has("web_app")) {
            return " -> Mini App " + button.path("web_app").path("url").asText();
        }
        if (button.has("switch_inline_query_current_chat") || button.has("switch_inline_query")) {
            return " -> inline";
        }
        return "";
    }
}

package vn.hoctap.bot.telegram.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import vn.hoctap.bot.telegram.Button;
import vn.hoctap.bot.telegram.Keyboard;

/**
 * The JSON bodies of the Bot API calls {@link BotApiHttp} makes, written field by field into one
 * buffer and encoded to UTF-8 once (no method objects, no reflection; a generator's per-character
 * UTF-8 path cost more than the rest of a reply): the same fields TelegramBots writes for them
 * (nulls left out; HTML text with {@code parse_mode} and link previews off).
 */
final class BotApiJson {

    private final StringBuilder out = new StringBuilder(512).append('{');

    private BotApiJson() {
    }

    /** sendMessage: plain text, or HTML with link previews off; the keyboard if any. */
    static byte[] sendMessage(long chatId, String text, boolean html, Keyboard keyboard) {
        return new BotApiJson().number("chat_id", chatId).text(text, html, keyboard).bytes();
    }

    /** editMessageText, like {@link #sendMessage} for the message {@code messageId}. */
    static byte[] editMessageText(long chatId, int messageId, String text, boolean html, Keyboard keyboard) {
        return new BotApiJson().number("chat_id", chatId).number("message_id", messageId).text(text, html, keyboard).bytes();
    }

    /** answerCallbackQuery, with an optional notice (or alert). */
    static byte[] answerCallbackQuery(String callbackId, String notice, boolean alert) {
        BotApiJson json = new BotApiJson().string("callback_query_id", callbackId);
        if (notice != null) {
            json.string("text", notice);
        }
        return json.name("show_alert").raw(alert ? "true" : "false").bytes();
    }

    /** The fields after {@code chat_id} of a bulk sendMessage, once per broadcast text (without the braces). */
    static byte[] bulkRest(String text, Keyboard keyboard, boolean paidBroadcast) {
        BotApiJson json = new BotApiJson().text(text, false, keyboard);
        if (paidBroadcast) {
            json.name("allow_paid_broadcast").raw("true");
        }
        json.out.deleteCharAt(0);
        return json.out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private BotApiJson text(String text, boolean html, Keyboard keyboard) {
        string("text", text);
        if (html) {
            string("parse_mode", "HTML").name("link_preview_options").raw("{\"is_disabled\":true}");
        }
        if (!keyboard.isEmpty()) {
            name("reply_markup").raw("{\"inline_keyboard\":[");
            boolean firstRow = true;
            for (List<Button> row : keyboard.rows()) {
                raw(firstRow ? "[" : ",[");
                firstRow = false;
                boolean first = true;
                for (Button b : row) {
                    raw(first ? "{" : ",{").quoted("text").raw(":").quoted(b.text());
                    first = false;
                    if (b.webApp()) {
                        raw(",\"web_app\":{\"url\":").quoted(b.url()).raw("}");
                    } else if (b.url() != null) {
                        raw(",\"url\":").quoted(b.url());
                    } else {
                        raw(",\"callback_data\":").quoted(b.callbackData());
                    }
                    raw("}");
                }
                raw("]");
            }
            raw("]}");
        }
        return this;
    }

    private BotApiJson number(String name, long value) {
        name(name).out.append(value);
        return this;
    }

    private BotApiJson string(String name, String value) {
        return name(name).quoted(value);
    }

    private BotApiJson name(String name) {
        if (out.length() > 1) {
            out.append(',');
        }
        return quoted(name).raw(":");
    }

    private BotApiJson raw(String json) {
        out.append(json);
        return this;
    }

    /** A JSON string: quote, backslash and control characters escaped, everything else as it is. */
    private BotApiJson quoted(String s) {
        out.append('"');
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                switch (c) {
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append(String.format("\\u%04x", (int) c));
                }
            } else {
                out.append(c);
            }
        }
        out.append('"');
        return this;
    }

    private byte[] bytes() {
        return out.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }
}

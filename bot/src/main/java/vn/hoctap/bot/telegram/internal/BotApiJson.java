package vn.hoctap.bot.telegram.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import vn.hoctap.bot.telegram.Button;
import vn.hoctap.bot.telegram.Keyboard;

/**
 * The JSON bodies of the Bot API calls {@link BotApiHttp} makes, written field by field with a
 * streaming generator (no method objects, no reflection): the same fields TelegramBots writes for
 * them (nulls left out; HTML text with {@code parse_mode} and link previews off).
 */
final class BotApiJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** Writes some fields of a body. */
    @FunctionalInterface
    interface Fields {
        void write(JsonGenerator g) throws IOException;
    }

    private BotApiJson() {
    }

    /** sendMessage: plain text, or HTML with link previews off; the keyboard if any. */
    static byte[] sendMessage(long chatId, String text, boolean html, Keyboard keyboard) {
        return object(g -> {
            g.writeNumberField("chat_id", chatId);
            textFields(g, text, html, keyboard);
        });
    }

    /** editMessageText, like {@link #sendMessage} for the message {@code messageId}. */
    static byte[] editMessageText(long chatId, int messageId, String text, boolean html, Keyboard keyboard) {
        return object(g -> {
            g.writeNumberField("chat_id", chatId);
            g.writeNumberField("message_id", messageId);
            textFields(g, text, html, keyboard);
        });
    }

    /** answerCallbackQuery, with an optional notice (or alert). */
    static byte[] answerCallbackQuery(String callbackId, String notice, boolean alert) {
        return object(g -> {
            g.writeStringField("callback_query_id", callbackId);
            if (notice != null) {
                g.writeStringField("text", notice);
            }
            g.writeBooleanField("show_alert", alert);
        });
    }

    /** The fields after {@code chat_id} of a bulk sendMessage, once per broadcast text (without the braces). */
    static byte[] bulkRest(String text, Keyboard keyboard, boolean paidBroadcast) {
        byte[] object = object(g -> {
            textFields(g, text, false, keyboard);
            if (paidBroadcast) {
                g.writeBooleanField("allow_paid_broadcast", true);
            }
        });
        return java.util.Arrays.copyOfRange(object, 1, object.length - 1);
    }

    static byte[] object(Fields fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            fields.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a Bot API request", e);
        }
        return out.toByteArray();
    }

    private static void textFields(JsonGenerator g, String text, boolean html, Keyboard keyboard) throws IOException {
        g.writeStringField("text", text);
        if (html) {
            g.writeStringField("parse_mode", "HTML");
            g.writeObjectFieldStart("link_preview_options");
            g.writeBooleanField("is_disabled", true);
            g.writeEndObject();
        }
        if (!keyboard.isEmpty()) {
            g.writeFieldName("reply_markup");
            keyboard(g, keyboard);
        }
    }

    /** An inline keyboard: each button with callback data, a URL, or a Mini App URL. */
    static void keyboard(JsonGenerator g, Keyboard keyboard) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("inline_keyboard");
        for (List<Button> row : keyboard.rows()) {
            g.writeStartArray();
            for (Button b : row) {
                g.writeStartObject();
                g.writeStringField("text", b.text());
                if (b.webApp()) {
                    g.writeObjectFieldStart("web_app");
                    g.writeStringField("url", b.url());
                    g.writeEndObject();
                } else if (b.url() != null) {
                    g.writeStringField("url", b.url());
                } else {
                    g.writeStringField("callback_data", b.callbackData());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}

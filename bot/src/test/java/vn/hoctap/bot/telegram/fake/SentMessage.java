package vn.hoctap.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Immutable snapshot of a message the bot sent to a chat, as the fake server currently stores it
 * (after any edits). Tests read it to assert on what the user would see and hand it back to
 * {@link FakeUser#press} to tap one of its buttons.
 *
 * @param chatId       the chat the message lives in
 * @param messageId    Telegram's message id, unique per chat
 * @param text         the current text; empty for messages without text (polls)
 * @param replyMarkup  the current reply markup as sent by the bot, or null when there is none
 * @param parseMode    the parse mode of the latest send/edit, or null
 * @param textHistory  every text the message had, oldest first; the last one equals {@code text}
 * @param json         the full Telegram Message object as the server would return it
 * @param deleted      whether the bot deleted the message afterwards
 */
public record SentMessage(long chatId, int messageId, String text, JsonNode replyMarkup, String parseMode,
                          List<String> textHistory, JsonNode json, boolean deleted) {

    public SentMessage {
        textHistory = List.copyOf(textHistory);
    }

    /** How many times the text was changed by editMessageText. */
    public int editCount() {
        return textHistory.size() - 1;
    }

    public boolean wasEdited() {
        return json.has("edit_date");
    }

    /** Texts of all inline keyboard buttons, row by row, left to right. */
    public List<String> buttonTexts() {
        List<String> texts = new ArrayList<>();
        for (JsonNode button : inlineButtons()) {
            texts.add(button.path("text").asText());
        }
        return texts;
    }

    /** The callback_data of the inline button with exactly this text, if there is one. */
    public Optional<String> callbackData(String buttonText) {
        for (JsonNode button : inlineButtons()) {
            if (buttonText.equals(button.path("text").asText()) && button.hasNonNull("callback_data")) {
                return Optional.of(button.get("callback_data").asText());
            }
        }
        return Optional.empty();
    }

    /** All inline keyboard buttons (as JSON objects) flattened row by row. */
    public List<JsonNode> inlineButtons() {
        List<JsonNode> buttons = new ArrayList<>();
        if (replyMarkup != null) {
            for (JsonNode row : replyMarkup.path("inline_keyboard")) {
                row.forEach(buttons::add);
            }
        }
        return buttons;
    }

    public boolean isPoll() {
        return json.has("poll");
    }

    /** The Telegram Poll object of a poll message, or null. */
    public JsonNode poll() {
        return json.get("poll");
    }

    /** The generated poll id of a poll message, or null. */
    public String pollId() {
        return isPoll() ? json.get("poll").get("id").asText() : null;
    }

    /** One line for failure dumps. */
    String describe() {
        StringBuilder line = new StringBuilder("#").append(messageId).append(' ');
        if (isPoll()) {
            line.append("[poll ").append(pollId()).append("] ").append(poll().path("question").asText());
        } else {
            line.append('"').append(text.replace("\n", "\\n")).append('"');
        }
        if (!inlineButtons().isEmpty()) {
            line.append(" buttons=").append(buttonTexts());
        }
        if (editCount() > 0) {
            line.append(" edits=").append(editCount());
        }
        if (deleted) {
            line.append(" (deleted)");
        }
        return line.toString();
    }
}

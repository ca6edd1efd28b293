package vn.hoctap.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import vn.hoctap.bot.telegram.fake.Conversations.StoredMessage;

/**
 * The Bot API methods that create or change chat content (sendMessage, editMessageText,
 * editMessageReplyMarkup, deleteMessage, sendPoll, answerCallbackQuery), with Telegram's results
 * and Telegram's refusals.
 */
final class MessageMethods {

    static final String NOT_MODIFIED = "message is not modified: specified new message content and reply markup"
            + " are exactly the same as a current content and reply markup of the message";
    static final String QUERY_INVALID = "query is too old and response timeout expired or query ID is invalid";

    private final Conversations conversations;
    private final RateLimiter rateLimiter;
    private final ObjectNode botUser;

    MessageMethods(Conversations conversations, RateLimiter rateLimiter, ObjectNode botUser) {
        this.conversations = conversations;
        this.rateLimiter = rateLimiter;
        this.botUser = botUser;
    }

    /** Chats whose user blocked the bot: sending there answers 403 like Telegram. */
    final java.util.Set<Long> blockedChats = java.util.concurrent.ConcurrentHashMap.newKeySet();

    JsonNode sendMessage(JsonNode params) {
        long chatId = chatId(params);
        if (blockedChats.contains(chatId)) {
            throw ApiError.of(403, "Forbidden: bot was blocked by the user");
        }
        String text = Json.text(params, "text");
        String parseMode = Json.text(params, "parse_mode");
        MarkupRules.checkText(text, parseMode);
        JsonNode markup = MarkupRules.replyMarkup(params);
        rateLimiter.acquire(chatId);
        StoredMessage message = conversations.addBotMessage(chatId, messageId -> {
            ObjectNode json = newMessage(chatId, messageId).put("text", text);
            if (MarkupRules.isInlineKeyboard(markup)) {
                json.set("reply_markup", markup.deepCopy());
            }
            return json;
        }, parseMode, markup);
        synchronized (conversations) {
            return message.json.deepCopy();
        }
    }

    JsonNode editMessageText(JsonNode params) {
        long chatId = chatId(params);
        long messageId = messageId(params);
        String text = Json.text(params, "text");
        String parseMode = Json.text(params, "parse_mode");
        MarkupRules.checkText(text, parseMode);
        JsonNode markup = MarkupRules.replyMarkup(params);
        synchronized (conversations) {
            StoredMessage message = editable(chatId, messageId);
            if (message.json.has("poll")) {
                throw ApiError.badRequest("there is no text in the message to edit");
            }
            if (text.equals(message.json.path("text").asText()) && sameInlineKeyboard(markup, message)) {
                throw ApiError.badRequest(NOT_MODIFIED);
            }
            message.json.put("text", text);
            setMarkup(message, markup);
            message.parseMode = parseMode;
            message.textHistory.add(text);
            conversations.changed();
            return message.json.deepCopy();
        }
    }

    JsonNode editMessageReplyMarkup(JsonNode params) {
        long chatId = chatId(params);
        long messageId = messageId(params);
        JsonNode markup = MarkupRules.replyMarkup(params);
        synchronized (conversations) {
            StoredMessage message = editable(chatId, messageId);
            if (sameInlineKeyboard(markup, message)) {
                throw ApiError.badRequest(NOT_MODIFIED);
            }
            setMarkup(message, markup);
            conversations.changed();
            return message.json.deepCopy();
        }
    }

    JsonNode deleteMessage(JsonNode params) {
        long chatId = chatId(params);
        long messageId = messageId(params);
        synchronized (conversations) {
            StoredMessage message = conversations.find(chatId, messageId);
            if (message == null) {
                throw ApiError.badRequest("message to delete not found");
            }
            message.deleted = true;
            conversations.changed();
            return BooleanNode.TRUE;
        }
    }

    JsonNode sendPoll(JsonNode params) {
        long chatId = chatId(params);
        String question = Json.text(params, "question");
        if (question == null || question.isBlank()) {
            throw ApiError.badRequest("poll question must be non-empty");
        }
        if (question.length() > 300) {
            throw ApiError.badRequest("poll question length must not exceed 300");
        }
        List<String> options = MarkupRules.pollOptions(params);
        String type = Objects.requireNonNullElse(Json.text(params, "type"), "regular");
        if (!type.equals("regular") && !type.equals("quiz")) {
            throw ApiError.badRequest("wrong poll type specified");
        }
        List<Integer> correct = MarkupRules.correctOptionIds(params);
        if (type.equals("quiz") && (correct.isEmpty()
                || correct.stream().anyMatch(id -> id < 0 || id >= options.size()))) {
            throw ApiError.badRequest("wrong correct option ID");
        }
        JsonNode markup = MarkupRules.replyMarkup(params);
        rateLimiter.acquire(chatId);
        ObjectNode poll = Json.object().put("id", conversations.newPollId()).put("question", question);
        ArrayNode optionArray = poll.putArray("options");
        options.forEach(text -> optionArray.addObject().put("text", text).put("voter_count", 0));
        poll.put("total_voter_count", 0)
                .put("is_closed", Json.boolParam(params, "is_closed", false))
                .put("is_anonymous", Json.boolParam(params, "is_anonymous", true))
                .put("type", type)
                .put("allows_multiple_answers", Json.boolParam(params, "allows_multiple_answers", false));
        if (type.equals("quiz")) {
            correct.forEach(poll.putArray("correct_option_ids")::add);
        }
        String explanation = Json.text(params, "explanation");
        if (explanation != null) {
            poll.put("explanation", explanation);
        }
        StoredMessage message = conversations.addBotMessage(chatId, messageId -> {
            ObjectNode json = newMessage(chatId, messageId);
            json.set("poll", poll);
            if (MarkupRules.isInlineKeyboard(markup)) {
                json.set("reply_markup", markup.deepCopy());
            }
            return json;
        }, null, markup);
        synchronized (conversations) {
            return message.json.deepCopy();
        }
    }

    JsonNode answerCallbackQuery(JsonNode params) {
        String text = Objects.requireNonNullElse(Json.text(params, "text"), "");
        if (!conversations.answerCallback(Json.text(params, "callback_query_id"), text)) {
            throw ApiError.badRequest(QUERY_INVALID);
        }
        return BooleanNode.TRUE;
    }

    private ObjectNode newMessage(long chatId, int messageId) {
        ObjectNode json = Json.object().put("message_id", messageId);
        json.set("from", botUser.deepCopy());
        json.set("chat", Json.privateChat(chatId, conversations.chatName(chatId)));
        json.put("date", Json.nowEpochSeconds());
        return json;
    }

    private StoredMessage editable(long chatId, long messageId) {
        StoredMessage message = conversations.find(chatId, messageId);
        if (message == null) {
            throw ApiError.badRequest("message to edit not found");
        }
        return message;
    }

    /** Telegram's "not modified" check only looks at the inline keyboard the message carries. */
    private static boolean sameInlineKeyboard(JsonNode markup, StoredMessage message) {
        return Objects.equals(MarkupRules.isInlineKeyboard(markup) ? markup : null, message.json.get("reply_markup"));
    }

    /** Edits without reply_markup remove the inline keyboard, exactly like Telegram. */
    private static void setMarkup(StoredMessage message, JsonNode markup) {
        message.replyMarkup = MarkupRules.isInlineKeyboard(markup) ? markup.deepCopy() : null;
        if (MarkupRules.isInlineKeyboard(markup)) {
            message.json.set("reply_markup", markup.deepCopy());
        } else {
            message.json.remove("reply_markup");
        }
        message.json.put("edit_date", Json.nowEpochSeconds());
    }

    static long chatId(JsonNode params) {
        String raw = Json.text(params, "chat_id");
        if (raw == null || raw.isBlank()) {
            throw ApiError.badRequest("chat_id is empty");
        }
        Long chatId = Json.longParam(params, "chat_id");
        if (chatId == null) {
            throw ApiError.badRequest("chat not found");
        }
        return chatId;
    }

    private static long messageId(JsonNode params) {
        if (params.hasNonNull("inline_message_id")) {
            throw ApiError.badRequest("MESSAGE_ID_INVALID");
        }
        Long messageId = Json.longParam(params, "message_id");
        if (messageId == null) {
            throw ApiError.badRequest("message identifier is not specified");
        }
        return messageId;
    }
}

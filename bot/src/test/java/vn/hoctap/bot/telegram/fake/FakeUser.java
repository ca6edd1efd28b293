package vn.hoctap.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.IntFunction;
import vn.hoctap.bot.telegram.fake.Conversations.StoredMessage;

/**
 * A Telegram user talking to the bot in a private chat (chat id == user id). Each action queues
 * the update Telegram would send the bot and returns its id (or the callback query id), so a test
 * reads like a conversation: {@code user.sendText("/start"); user.press(server.lastMessage(id), "OK")}.
 */
public final class FakeUser {

    private final FakeTelegramServer server;
    private final UpdateQueue updates;
    private final Conversations conversations;
    private final long userId;
    private final String firstName;

    FakeUser(FakeTelegramServer server, UpdateQueue updates, Conversations conversations, long userId,
             String firstName) {
        this.server = server;
        this.updates = updates;
        this.conversations = conversations;
        this.userId = userId;
        this.firstName = firstName;
    }

    public long userId() {
        return userId;
    }

    /** Same as {@link #userId()}: private chats use the user's id. */
    public long chatId() {
        return userId;
    }

    public String firstName() {
        return firstName;
    }

    /** Sends a text message; texts starting with "/" carry a bot_command entity. Returns the update id. */
    public int sendText(String text) {
        return updates.add(id -> messageUpdate(textMessage(text)), 1);
    }

    /** Sends a text message whose update appears twice in the same getUpdates batch. Returns the update id. */
    public int sendTextTwiceInOneBatch(String text) {
        return updates.add(id -> messageUpdate(textMessage(text)), 2);
    }

    /** Sends a sticker (no text). Returns the update id. */
    public int sendSticker() {
        return updates.add(id -> {
            ObjectNode message = newMessage();
            message.putObject("sticker").put("file_id", "CAACAgIAAxkBAAIBsticker" + id)
                    .put("file_unique_id", "AgADsticker" + id).put("type", "regular")
                    .put("width", 512).put("height", 512)
                    .put("is_animated", false).put("is_video", false).put("emoji", "\uD83D\uDC4D");
            return messageUpdate(message);
        }, 1);
    }

    /** Sends a photo (no caption) in two sizes. Returns the update id. */
    public int sendPhoto() {
        return updates.add(id -> {
            ObjectNode message = newMessage();
            message.putArray("photo")
                    .add(photoSize(id, "s", 90, 67, 1_234))
                    .add(photoSize(id, "m", 800, 600, 56_789));
            return messageUpdate(message);
        }, 1);
    }

    /**
     * Taps the inline button with exactly this text on the bot's message (its current state on the
     * server, so keyboards removed by later edits are gone). Returns the callback query id.
     */
    public String press(SentMessage message, String buttonText) {
        return pressData(message, dataOf(message, buttonText));
    }

    /** Like {@link #press}, but the callback_query update appears twice in one getUpdates batch. */
    public String pressTwiceInOneBatch(SentMessage message, String buttonText) {
        return pressDataTwiceInOneBatch(message, dataOf(message, buttonText));
    }

    /** Sends a callback query with arbitrary (e.g. tampered or stale) data for the message. */
    public String pressData(SentMessage message, String rawData) {
        return queueCallback(message, rawData, 1);
    }

    /** Like {@link #pressData}, but the callback_query update appears twice in one getUpdates batch. */
    public String pressDataTwiceInOneBatch(SentMessage message, String rawData) {
        return queueCallback(message, rawData, 2);
    }

    private String dataOf(SentMessage message, String buttonText) {
        SentMessage current = current(message);
        return current.callbackData(buttonText)
                .orElseThrow(() -> new AssertionError("Message #" + current.messageId() + " in chat "
                        + current.chatId() + " has no callback button \"" + buttonText + "\"; available buttons: "
                        + current.buttonTexts() + "\nText: " + current.text()));
    }

    /**
     * Taps a button of an inline message (the callback query carries no message, only this user):
     * lets a load generator press buttons without waiting for the message. Returns the callback query id.
     */
    public String pressWithoutMessage(String rawData) {
        return pressWithoutMessage(rawData, id -> { });
    }

    /** Like {@link #pressWithoutMessage(String)}, telling {@code beforeQueued} the callback query id before the update is queued. */
    public String pressWithoutMessage(String rawData, java.util.function.Consumer<String> beforeQueued) {
        String callbackQueryId = conversations.newCallbackQueryId();
        beforeQueued.accept(callbackQueryId);
        updates.add(id -> {
            ObjectNode query = Json.object().put("id", callbackQueryId);
            query.set("from", from());
            query.put("inline_message_id", "inline-" + callbackQueryId);
            query.put("chat_instance", Long.toString(-4_000_000_000_000_000L - userId));
            query.put("data", rawData);
            ObjectNode payload = Json.object();
            payload.set("callback_query", query);
            return payload;
        }, 1);
        return callbackQueryId;
    }

    private String queueCallback(SentMessage message, String rawData, int copies) {
        SentMessage current = current(message);
        String callbackQueryId = conversations.newCallbackQueryId();
        updates.add(id -> {
            ObjectNode query = Json.object().put("id", callbackQueryId);
            query.set("from", from());
            query.set("message", current.json().deepCopy());
            query.put("chat_instance", Long.toString(-4_000_000_000_000_000L - current.chatId()));
            query.put("data", rawData);
            ObjectNode payload = Json.object();
            payload.set("callback_query", query);
            return payload;
        }, copies);
        return callbackQueryId;
    }

    /** Types "@bot query" in any chat: queues an inline_query update. Returns the inline query id. */
    public String inlineQuery(String query) {
        String inlineQueryId = conversations.newInlineQueryId();
        updates.add(id -> {
            ObjectNode inline = Json.object().put("id", inlineQueryId).put("query", query).put("offset", "");
            inline.set("from", from());
            inline.put("chat_type", "sender");
            ObjectNode payload = Json.object();
            payload.set("inline_query", inline);
            return payload;
        }, 1);
        return inlineQueryId;
    }

    /** Votes in a (non-anonymous) poll. Returns the update id. */
    public int answerPoll(String pollId, List<Integer> optionIds) {
        return updates.add(id -> {
            ObjectNode answer = Json.object().put("poll_id", pollId);
            answer.set("user", from());
            optionIds.forEach(answer.putArray("option_ids")::add);
            ObjectNode payload = Json.object();
            payload.set("poll_answer", answer);
            return payload;
        }, 1);
    }

    /** Queues an arbitrary update payload (e.g. {"my_chat_member":...}); update_id is added. Returns it. */
    public int sendRawUpdate(IntFunction<ObjectNode> payloadForUpdateId) {
        return updates.add(payloadForUpdateId::apply, 1);
    }

    private SentMessage current(SentMessage message) {
        synchronized (conversations) {
            StoredMessage stored = conversations.find(message.chatId(), message.messageId());
            return stored == null ? message : stored.snapshot();
        }
    }

    private ObjectNode textMessage(String text) {
        ObjectNode message = newMessage().put("text", text);
        if (text.startsWith("/")) {
            int end = 0;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            message.putArray("entities").addObject().put("offset", 0).put("length", end).put("type", "bot_command");
        }
        return message;
    }

    private ObjectNode newMessage() {
        ObjectNode message = Json.object().put("message_id", conversations.nextMessageId(userId));
        message.set("from", from());
        message.set("chat", Json.privateChat(userId, firstName));
        message.put("date", Json.nowEpochSeconds());
        return message;
    }

    private ObjectNode from() {
        return Json.user(userId, false, firstName, null);
    }

    private static ObjectNode messageUpdate(ObjectNode message) {
        ObjectNode payload = Json.object();
        payload.set("message", message);
        return payload;
    }

    private static JsonNode photoSize(int updateId, String size, int width, int height, int bytes) {
        return Json.object().put("file_id", "AgACAgIAAxkBAAIBphoto" + updateId + size)
                .put("file_unique_id", "AQADphoto" + updateId + size)
                .put("width", width).put("height", height).put("file_size", bytes);
    }

    @Override
    public String toString() {
        return "FakeUser[" + userId + " " + firstName + " via " + server.baseUrl() + "]";
    }
}

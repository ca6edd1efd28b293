package vn.hoctap.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * An in-process stand-in for api.telegram.org that speaks the Bot API over HTTP/JSON, so tests can
 * run the real TelegramBots client and long-polling loop against it, act as users, inject failures
 * and assert on what each chat received. Start one per test (port 0) and close it afterwards.
 */
public final class FakeTelegramServer implements AutoCloseable {

    /** Keeps queued updates from being handed out until closed; see {@link #holdUpdates()}. */
    public interface UpdateHold extends AutoCloseable {
        @Override
        void close();
    }

    private final String token;
    private final String botUsername;
    private final BotApi api;
    private final HttpTransport http;
    private final AtomicBoolean closed = new AtomicBoolean();

    private FakeTelegramServer(String token, String botUsername) throws IOException {
        this.token = token;
        this.botUsername = botUsername;
        this.api = new BotApi(token, Json.user(botIdFromToken(token), true, botUsername, botUsername));
        this.http = new HttpTransport(api);
    }

    /** Starts a server on a free loopback port for a bot with this token and username. */
    public static FakeTelegramServer start(String token, String botUsername) {
        try {
            return new FakeTelegramServer(token, botUsername);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the fake Telegram server", e);
        }
    }

    private static long botIdFromToken(String token) {
        int colon = token.indexOf(':');
        try {
            return Long.parseLong(colon > 0 ? token.substring(0, colon) : token);
        } catch (NumberFormatException e) {
            return 7_000_000_001L;
        }
    }

    /** Stops the server; pending long polls return an empty batch at once. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            api.updates.close();
            http.stop();
        }
    }

    public int port() {
        return http.port();
    }

    /** For {@code new OkHttpTelegramClient(token, server.telegramUrl())} and long-polling registration. */
    public TelegramUrl telegramUrl() {
        return new TelegramUrl("http", "127.0.0.1", port(), false);
    }

    /** {@code http://127.0.0.1:<port>}; method URLs are {@code baseUrl() + "/bot" + token + "/sendMessage"}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public String token() {
        return token;
    }

    public String botUsername() {
        return botUsername;
    }

    public long botUserId() {
        return api.botUser().get("id").asLong();
    }

    // ---- error injection -------------------------------------------------------------------

    /** The next call of {@code method} fails with this Telegram error instead of being executed. */
    public void failNext(String method, int errorCode, String description) {
        api.failNext(method, ApiError.of(errorCode, description));
    }

    /** The next call of {@code method} fails with 429 "Too Many Requests: retry after N". */
    public void failNextWith429(String method, int retryAfterSeconds) {
        api.failNext(method, ApiError.tooManyRequests(retryAfterSeconds));
    }

    /** Refuses sendMessage/sendPoll with 429 above these sends per sliding second; zero or less = no limit. */
    public void enforceRateLimits(int perSecondGlobal, int perSecondPerChat) {
        api.rateLimiter.configure(perSecondGlobal, perSecondPerChat);
    }

    /** How many 429 answers (injected or from rate limiting) the bot has received. */
    public int tooManyRequestsCount() {
        return api.tooManyRequestsCount();
    }

    // ---- recording -------------------------------------------------------------------------

    /** Every request received, in order (getUpdates polls included). */
    public List<RecordedCall> calls() {
        return api.calls(null);
    }

    /** The requests of one method (matched case-insensitively, like Telegram), in order. */
    public List<RecordedCall> calls(String method) {
        return api.calls(method);
    }

    /** Every error response sent to the bot, as {@code "method params -> code description"}. */
    public List<String> errorResponses() {
        return api.conversations.errorResponses();
    }

    /** The bot's messages in this chat, oldest first, in their current (edited) state. */
    public List<SentMessage> sentMessages(long chatId) {
        return api.conversations.sentMessages(chatId);
    }

    /** The bot's latest message in this chat; AssertionError if there is none. */
    public SentMessage lastMessage(long chatId) {
        List<SentMessage> messages = sentMessages(chatId);
        if (messages.isEmpty()) {
            throw new AssertionError(api.conversations.dump(chatId));
        }
        return messages.get(messages.size() - 1);
    }

    /** Answered callback queries: id to answer text ("" when answered without text), in answer order. */
    public Map<String, String> answeredCallbacks() {
        return api.conversations.answeredCallbacks();
    }

    /** Human-readable summary of a chat, as used in failure messages. */
    public String describeChat(long chatId) {
        return api.conversations.dump(chatId);
    }

    // ---- waiting ---------------------------------------------------------------------------

    /** Waits for a bot message in this chat (current state, any position) matching {@code predicate}. */
    public SentMessage awaitMessage(long chatId, Predicate<SentMessage> predicate, Duration timeout) {
        return api.conversations.await(() -> sentMessages(chatId).stream().filter(predicate).findFirst().orElse(null),
                timeout, "a matching message in chat " + chatId, () -> api.conversations.dump(chatId));
    }

    /** Waits until the chat holds at least {@code n} bot messages and returns all of them. */
    public List<SentMessage> awaitMessageCount(long chatId, int n, Duration timeout) {
        return api.conversations.await(() -> {
            List<SentMessage> messages = sentMessages(chatId);
            return messages.size() >= n ? messages : null;
        }, timeout, n + " message(s) in chat " + chatId, () -> api.conversations.dump(chatId));
    }

    /** From now on, messages to this chat fail with 403 "bot was blocked by the user". */
    public void userBlocksBot(long chatId) {
        api.messages.blockedChats.add(chatId);
    }

    /** Number of successful sendMessage calls per chat (what each user actually received). */
    public java.util.Map<Long, Long> deliveredPerChat() {
        return api.conversations.messageCounts();
    }

    /** Waits for the bot's answerInlineQuery for this inline query and returns its results array. */
    public com.fasterxml.jackson.databind.JsonNode awaitInlineAnswer(String inlineQueryId, Duration timeout) {
        return api.conversations.await(() -> api.conversations.inlineAnswer(inlineQueryId), timeout,
                "an answer to inline query " + inlineQueryId, () -> "Latest errors: " + errorResponses());
    }

    /** Waits for the bot to answer this callback query and returns the answer text ("" if none). */
    public String awaitCallbackAnswer(String callbackQueryId, Duration timeout) {
        return api.conversations.await(() -> answeredCallbacks().get(callbackQueryId), timeout,
                "an answer to callback query " + callbackQueryId, () -> "Answered so far: " + answeredCallbacks()
                        + "\nLatest errors: " + errorResponses());
    }

    /**
     * Waits until editMessageText has given this message a text matching {@code textPredicate}
     * (any edit so far counts, not just the latest) and returns the message's current state.
     */
    public SentMessage awaitEdit(long chatId, int messageId, Predicate<String> textPredicate, Duration timeout) {
        return api.conversations.await(() -> sentMessages(chatId).stream()
                        .filter(m -> m.messageId() == messageId)
                        .filter(m -> m.textHistory().stream().skip(1).anyMatch(textPredicate))
                        .findFirst().orElse(null),
                timeout, "an edit of message " + messageId + " in chat " + chatId,
                () -> api.conversations.dump(chatId));
    }

    // ---- acting as users and shaping update delivery -----------------------------------------

    /** A user in a private chat with the bot (chat id == user id). */
    public FakeUser user(long userId, String firstName) {
        api.conversations.rememberChatName(userId, firstName);
        return new FakeUser(this, api.updates, api.conversations, userId, firstName);
    }

    /** Queues the very same update (same update_id) again; it rides along with the next getUpdates batch. */
    public void redeliver(int updateId) {
        api.updates.redeliver(updateId);
    }

    /**
     * Makes a queued, not yet delivered update appear twice in the batch that carries it. Queue the
     * update inside {@link #holdUpdates()} so a waiting long poll cannot take it first.
     */
    public void queueDuplicateInSameBatch(int updateId) {
        api.updates.duplicateInSameBatch(updateId);
    }

    /** Holds back delivery of all updates until the returned handle is closed (then they go out as one batch). */
    public UpdateHold holdUpdates() {
        api.updates.hold();
        return api.updates::release;
    }

    /** The raw JSON of an update ever queued, e.g. to POST it to a webhook endpoint. */
    public String updateJson(int updateId) {
        return api.updates.json(updateId);
    }

    /** The update id of the callback_query update that carried this callback query id (for redeliveries). */
    public int updateIdOfCallback(String callbackQueryId) {
        int updateId = api.updates.findUpdateId(
                update -> callbackQueryId.equals(update.path("callback_query").path("id").asText(null)));
        if (updateId < 0) {
            throw new IllegalArgumentException("No callback query " + callbackQueryId + " was ever sent");
        }
        return updateId;
    }

    /**
     * Runs {@code hook} with the highest confirmed update id whenever a getUpdates offset confirms
     * updates (before that getUpdates call is answered): the moment Telegram forgets them.
     */
    public void onConfirmed(java.util.function.IntConsumer hook) {
        api.updates.onConfirm = hook;
    }

    /** Runs {@code listener} on every request as it arrives, before it is handled (on the server's threads). */
    public void onCall(java.util.function.Consumer<RecordedCall> listener) {
        api.callListener = listener;
    }

    /** Updates queued but not yet confirmed by a getUpdates offset. */
    public int unconfirmedUpdateCount() {
        return api.updates.unconfirmedCount();
    }

    /** The bot's User object, as getMe returns it. */
    JsonNode botUser() {
        return api.botUser();
    }
}

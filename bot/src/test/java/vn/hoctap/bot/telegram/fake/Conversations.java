package vn.hoctap.bot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * What the chats look like on Telegram's side: the bot's messages per chat (with their edits),
 * message id counters shared by both sides of a private chat, issued and answered callback queries
 * and sent polls. Every change notifies waiters, which is what the {@code await*} helpers block on.
 * All methods synchronise on this object; handlers that check-then-modify do the same.
 */
final class Conversations {

    /** The mutable server-side state of one message sent by the bot. */
    static final class StoredMessage {
        final long chatId;
        final int messageId;
        final ObjectNode json;
        final List<String> textHistory = new ArrayList<>();
        String parseMode;
        /** The markup as the bot sent it (any kind); {@code json} only echoes inline keyboards, like Telegram. */
        JsonNode replyMarkup;
        boolean deleted;

        StoredMessage(long chatId, int messageId, ObjectNode json, String parseMode, JsonNode replyMarkup) {
            this.chatId = chatId;
            this.messageId = messageId;
            this.json = json;
            this.parseMode = parseMode;
            this.replyMarkup = replyMarkup == null ? null : replyMarkup.deepCopy();
            textHistory.add(json.path("text").asText(""));
        }

        SentMessage snapshot() {
            ObjectNode copy = json.deepCopy();
            return new SentMessage(chatId, messageId, copy.path("text").asText(""),
                    replyMarkup == null ? null : replyMarkup.deepCopy(), parseMode, textHistory, copy, deleted);
        }
    }

    private final Map<Long, Integer> lastMessageIds = new HashMap<>();
    private final Map<Long, String> chatNames = new HashMap<>();
    private final Map<Long, List<StoredMessage>> botMessages = new HashMap<>();
    private final Set<String> issuedCallbacks = new HashSet<>();
    private final Map<String, String> callbackAnswers = new LinkedHashMap<>();
    private final List<String> errorResponses = new ArrayList<>();
    private int callbackSequence;
    private int pollSequence;

    synchronized int nextMessageId(long chatId) {
        return lastMessageIds.merge(chatId, 1, Integer::sum);
    }

    synchronized void rememberChatName(long chatId, String firstName) {
        chatNames.put(chatId, firstName);
    }

    synchronized String chatName(long chatId) {
        return chatNames.get(chatId);
    }

    /** Stores a new bot message; {@code build} receives the assigned message id. */
    synchronized StoredMessage addBotMessage(long chatId, IntFunction<ObjectNode> build, String parseMode,
                                             JsonNode replyMarkup) {
        int messageId = nextMessageId(chatId);
        StoredMessage message = new StoredMessage(chatId, messageId, build.apply(messageId), parseMode, replyMarkup);
        botMessages.computeIfAbsent(chatId, id -> new ArrayList<>()).add(message);
        notifyAll();
        return message;
    }

    /** The live (not deleted) bot message, or null. */
    synchronized StoredMessage find(long chatId, long messageId) {
        for (StoredMessage message : botMessages.getOrDefault(chatId, List.of())) {
            if (message.messageId == messageId && !message.deleted) {
                return message;
            }
        }
        return null;
    }

    synchronized void changed() {
        notifyAll();
    }

    private final Map<String, com.fasterxml.jackson.databind.JsonNode> inlineAnswers = new LinkedHashMap<>();
    private long inlineSequence;

    synchronized String newInlineQueryId() {
        return Long.toUnsignedString(0x7a1e_0000_0000L + ++inlineSequence * 104_729L);
    }

    synchronized void recordInlineAnswer(String inlineQueryId, com.fasterxml.jackson.databind.JsonNode results) {
        inlineAnswers.put(inlineQueryId, results);
        notifyAll();
    }

    synchronized com.fasterxml.jackson.databind.JsonNode inlineAnswer(String inlineQueryId) {
        return inlineAnswers.get(inlineQueryId);
    }

    synchronized String newCallbackQueryId() {
        String id = Long.toUnsignedString(0x5f3a_0000_0000L + ++callbackSequence * 7919L);
        issuedCallbacks.add(id);
        return id;
    }

    /** Records the answer; false when the id was never issued or was already answered. */
    synchronized boolean answerCallback(String callbackQueryId, String text) {
        if (callbackQueryId == null || !issuedCallbacks.contains(callbackQueryId)
                || callbackAnswers.containsKey(callbackQueryId)) {
            return false;
        }
        callbackAnswers.put(callbackQueryId, text);
        notifyAll();
        return true;
    }

    synchronized String newPollId() {
        return "5" + (4_000_000_000_000_000L + ++pollSequence);
    }

    synchronized void recordError(String line) {
        errorResponses.add(line);
    }

    synchronized List<String> errorResponses() {
        return List.copyOf(errorResponses);
    }

    synchronized List<SentMessage> sentMessages(long chatId) {
        List<SentMessage> snapshots = new ArrayList<>();
        for (StoredMessage message : botMessages.getOrDefault(chatId, List.of())) {
            snapshots.add(message.snapshot());
        }
        return snapshots;
    }

    /** How many messages the bot successfully sent to each chat. */
    synchronized Map<Long, Long> messageCounts() {
        Map<Long, Long> counts = new java.util.HashMap<>();
        botMessages.forEach((chat, messages) -> counts.put(chat, (long) messages.size()));
        return counts;
    }

    synchronized Map<String, String> answeredCallbacks() {
        return new LinkedHashMap<>(callbackAnswers);
    }

    /**
     * Blocks until {@code probe} returns non-null (re-checked after every change) or the timeout
     * passes, then throws an AssertionError made of {@code what} and {@code dump}.
     */
    synchronized <T> T await(Supplier<T> probe, Duration timeout, String what, Supplier<String> dump) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            long remainingMillis = (deadline - System.nanoTime()) / 1_000_000L;
            if (remainingMillis <= 0) {
                throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for " + what
                        + "\n" + dump.get());
            }
            try {
                wait(Math.min(remainingMillis, 50));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
        }
    }

    /** Human-readable picture of a chat for failure messages. */
    synchronized String dump(long chatId) {
        List<StoredMessage> messages = botMessages.getOrDefault(chatId, List.of());
        StringBuilder out = new StringBuilder("Chat ").append(chatId).append(" received ")
                .append(messages.size()).append(" message(s) from the bot:");
        for (StoredMessage message : messages) {
            out.append("\n  ").append(message.snapshot().describe());
        }
        if (!callbackAnswers.isEmpty()) {
            out.append("\nAnswered callback queries: ").append(callbackAnswers);
        }
        if (!errorResponses.isEmpty()) {
            int from = Math.max(0, errorResponses.size() - 10);
            out.append("\nError responses sent to the bot (latest ").append(errorResponses.size() - from).append("):");
            for (String error : errorResponses.subList(from, errorResponses.size())) {
                out.append("\n  ").append(error);
            }
        }
        return out.toString();
    }
}

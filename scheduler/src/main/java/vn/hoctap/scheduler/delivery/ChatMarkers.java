package vn.hoctap.scheduler.delivery;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.Response;
import redis.clients.jedis.params.SetParams;

/**
 * The per-chat side of the send budget, kept apart from the global window: Telegram allows about one
 * message a second per chat, so a broadcast marks each chat in Redis before sending to it, and a reply
 * and a broadcast never land in the same chat within {@code perChatMillis}. {@link SendBudget} owns
 * one and sets the markers of completed sends itself (in its completion script); this class sets and
 * renews them for a batch about to go out. Every method throws Redis's exception when Redis is down:
 * bulk delivery waits for Redis rather than risk a chat's limit.
 */
final class ChatMarkers {

    /** How long a chat marker set when a batch is checked allows for its send to happen. */
    static final Duration SEND_LEAD = Duration.ofSeconds(2);

    private static final LuaScript KEEP_CHATS = new LuaScript(SlidingWindows.script("send-budget-keep-chats.lua"));

    private final JedisPool redis;
    private final String prefix;
    private final long perChatMillis;

    /** {@code prefix} is the send budget's (ending in {@code delivery:}), so the keys stay where they were. */
    ChatMarkers(JedisPool redis, String prefix, long perChatMillis) {
        this.redis = redis;
        this.prefix = prefix;
        this.perChatMillis = perChatMillis;
    }

    /** The Redis key of a chat's marker; the budget's scripts take it too. */
    String key(long chatId) {
        return prefix + "chat:" + chatId;
    }

    /**
     * The chats of a batch that may receive a bulk message now (at most {@code perChatPerSecond}
     * per chat, and not within that interval of a reply): one pipelined {@code SET NX PX} marker per
     * chat, one Redis round trip per batch. The marker covers the time until the send (up to
     * {@link #SEND_LEAD} more); the send's completion then sets it to end one interval after it.
     */
    Set<Long> tryChats(Collection<Long> chatIds) {
        Map<Long, Response<String>> replies = new LinkedHashMap<>();
        try (Jedis jedis = redis.getResource()) {
            var pipeline = jedis.pipelined();
            // Once per chat: a second SET NX for a chat already in the batch would fail and overwrite the
            // first reply, so a chat with two messages in one batch would never be free.
            for (long chat : new LinkedHashSet<>(chatIds)) {
                replies.put(chat, pipeline.set(key(chat), "b", SetParams.setParams().nx().px(perChatMillis + SEND_LEAD.toMillis())));
            }
            pipeline.sync();
        }
        Set<Long> allowed = new HashSet<>();
        replies.forEach((chat, reply) -> {
            if ("OK".equals(reply.get())) {
                allowed.add(chat);
            }
        });
        return allowed;
    }

    /**
     * Marks again, right before they are sent, the chats of a chunk whose grant came later than
     * {@link #SEND_LEAD} allows for (a batch's last sends at 30/s): their markers from
     * {@link #tryChats} may have expired and a reply taken the chat. Returns the chats the broadcast
     * still has; one Redis round trip.
     */
    Set<Long> keepChats(Collection<Long> chatIds) {
        List<Long> chats = List.copyOf(new LinkedHashSet<>(chatIds));
        List<?> kept;
        try (Jedis jedis = redis.getResource()) {
            kept = (List<?>) KEEP_CHATS.run(jedis, chats.stream().map(this::key).toList(),
                    List.of(Long.toString(perChatMillis + SEND_LEAD.toMillis())));
        }
        Set<Long> ours = new HashSet<>();
        for (int i = 0; i < chats.size(); i++) {
            if (((Number) kept.get(i)).longValue() == 1) {
                ours.add(chats.get(i));
            }
        }
        return ours;
    }
}

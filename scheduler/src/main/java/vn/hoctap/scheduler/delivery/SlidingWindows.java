package vn.hoctap.scheduler.delivery;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The Redis side of {@link SendBudget}: the sliding windows (a log of grants in a sorted set per
 * limit, counted by a Lua script on Redis's clock) and the two script calls that take grants and
 * return them. {@code SendBudget} keeps the policy (who waits, how many at once, the fallback when
 * Redis is down); this class only talks to Redis.
 */
final class SlidingWindows {

    private static final Logger log = LoggerFactory.getLogger(SlidingWindows.class);

    /**
     * A grant is counted from the moment it is given until one window after its send completed
     * (while in flight its score lies in the future), so scheduling delays between the grant and the
     * request reaching Telegram can never squeeze an extra send into a second.
     */
    private static final LuaScript ACQUIRE = new LuaScript(script("send-budget-acquire.lua"));

    private static final LuaScript COMPLETE = new LuaScript(script("send-budget-complete.lua"));

    private final JedisPool redis;
    private final String prefix;
    private final long windowMillis;
    private final long perChatMillis;
    private final double bulkFloor;

    SlidingWindows(JedisPool redis, String prefix, long windowMillis, long perChatMillis, double bulkFloor) {
        this.redis = redis;
        this.prefix = prefix;
        this.windowMillis = windowMillis;
        this.perChatMillis = perChatMillis;
        this.bulkFloor = bulkFloor;
    }

    /**
     * Takes up to {@code wanted} grants of {@code cap} per window; {@code chatKey} (or null) is the
     * per-chat marker a reply must wait out. Throws {@link JedisException} if Redis is down.
     *
     * @return {granted, wait ms}
     */
    long[] acquire(SendBudget.Kind kind, int cap, String id, boolean firstTry, int wanted, String chatKey) {
        int floor = Math.max(1, (int) Math.ceil(cap * bulkFloor));
        List<String> keys = chatKey == null ? List.of(windowKey(kind), prefix + "replies")
                : List.of(windowKey(kind), prefix + "replies", chatKey);
        try (Jedis jedis = redis.getResource()) {
            List<?> r = (List<?>) ACQUIRE.run(jedis, keys,
                    List.of(kind == SendBudget.Kind.REPLY ? "r" : "b", Integer.toString(cap), Integer.toString(floor),
                            Long.toString(windowMillis), id, firstTry ? "1" : "0", Integer.toString(wanted),
                            Long.toString(perChatMillis)));
            return new long[] {((Number) r.get(0)).longValue(), ((Number) r.get(1)).longValue()};
        }
    }

    /** Returns grants, and marks each send's chat (its key, or "") for the per-chat interval after its completion. */
    void complete(SendBudget.Kind kind, List<String> ids, long[] agoMillis, String[] chatKeys) {
        List<String> args = new ArrayList<>(2 + ids.size() * 3);
        args.add(Long.toString(perChatMillis));
        args.add(kind == SendBudget.Kind.REPLY ? "r" : "b");
        for (int i = 0; i < ids.size(); i++) {
            args.add(ids.get(i));
            args.add(Long.toString(agoMillis[i]));
            args.add(chatKeys[i]);
        }
        try (Jedis jedis = redis.getResource()) {
            COMPLETE.run(jedis, List.of(windowKey(kind)), args);
        } catch (JedisException e) {
            // The grants stay counted as in flight for a minute: less capacity, never more.
            log.debug("Could not mark sends {} complete: {}", ids, e.getMessage());
        }
    }

    /** True if Redis answers. */
    boolean available() {
        try (Jedis jedis = redis.getResource()) {
            return "PONG".equals(jedis.ping());
        } catch (JedisException e) {
            return false;
        }
    }

    private String windowKey(SendBudget.Kind kind) {
        return prefix + "window:" + (kind == SendBudget.Kind.PAID ? "paid" : "global");
    }

    /** A Lua script kept beside this class (src/main/resources/…/delivery), read once. */
    static String script(String name) {
        try (var in = SlidingWindows.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("missing script " + name, e);
        }
    }
}

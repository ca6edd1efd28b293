package vn.hoctap.bot.session;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.exceptions.JedisException;
import tools.jackson.databind.json.JsonMapper;
import vn.hoctap.bot.storage.StorageProperties;

/**
 * Loads and saves chat sessions as versioned JSON with a TTL. A stored document with another
 * schema version is discarded (a fresh session is cheaper than a migration for rebuildable state),
 * and a save is refused when another writer stored a newer revision meanwhile. While Redis is
 * unreachable the bot keeps answering: sessions start fresh and are not saved, so only an
 * unfinished dialogue is forgotten, never a stored fact.
 */
@Component
public class SessionStore {

    static final int SCHEMA = 1;

    private static final Logger log = LoggerFactory.getLogger(SessionStore.class);

    private static final String COMPARE_AND_SET = """
            local current = redis.call('GET', KEYS[1])
            if current then
              local ok, doc = pcall(cjson.decode, current)
              if ok and doc['schema'] == tonumber(ARGV[3]) and doc['revision'] ~= tonumber(ARGV[2]) then
                return 0
              end
            end
            redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[4])
            return 1
            """;

    private final JedisPool redis;
    private final JsonMapper json;
    private final String prefix;
    private final Duration ttl;

    public SessionStore(JedisPool redis, JsonMapper json, StorageProperties storage,
            @Value("${hoctap.telegram.session-ttl:7d}") Duration ttl) {
        this.redis = redis;
        this.json = json;
        this.prefix = storage.redisKeyPrefix() + "session:";
        this.ttl = ttl;
    }

    public ChatSession load(long chatId) {
        String raw;
        try (Jedis jedis = redis.getResource()) {
            raw = jedis.get(prefix + chatId);
        } catch (JedisException e) {
            log.warn("Redis unavailable, chat {} continues with a fresh session: {}", chatId, e.getMessage());
            return ChatSession.fresh(chatId);
        }
        if (raw == null) {
            return ChatSession.fresh(chatId);
        }
        try {
            Stored stored = json.readValue(raw, Stored.class);
            if (stored.schema() != SCHEMA) {
                return ChatSession.fresh(chatId);
            }
            return new ChatSession(chatId, stored.revision(), stored.state(), stored.data() == null ? Map.of() : stored.data());
        } catch (RuntimeException e) {
            log.warn("Discarding unreadable session of chat {}: {}", chatId, e.getMessage());
            return ChatSession.fresh(chatId);
        }
    }

    /** Writes the session back if it changed; returns false if a newer revision was stored meanwhile. */
    public boolean saveIfChanged(ChatSession session) {
        if (!session.isChanged()) {
            return true;
        }
        Stored next = new Stored(SCHEMA, session.revision() + 1, session.rawState(), new LinkedHashMap<>(session.data()));
        Object result;
        try (Jedis jedis = redis.getResource()) {
            result = jedis.eval(COMPARE_AND_SET, List.of(prefix + session.chatId()),
                    List.of(json.writeValueAsString(next), Long.toString(session.revision()), Integer.toString(SCHEMA),
                            Long.toString(Math.max(1, ttl.toSeconds()))));
        } catch (JedisException e) {
            log.warn("Redis unavailable, session of chat {} not saved: {}", session.chatId(), e.getMessage());
            return false;
        }
        boolean saved = Long.valueOf(1).equals(result);
        if (!saved) {
            log.warn("Session of chat {} changed concurrently; kept the newer write", session.chatId());
        }
        return saved;
    }

    record Stored(int schema, long revision, String state, Map<String, String> data) {
    }

}

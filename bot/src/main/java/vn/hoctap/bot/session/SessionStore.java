package vn.hoctap.bot.session;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads and saves chat sessions (where a member is in a dialogue) in PostgreSQL, inside the
 * transaction that handles the update. Redis held them before; but a session change belongs with
 * the handler's writes (a reflection draft and "waiting for the next paragraph" must commit or fail
 * together), and a Redis outage or an empty Redis after a restart used to drop members' typed text
 * into search. The update pipeline takes the chat's lock and reads the session in one round trip
 * ({@code telegram_begin_update}), so two updates of one chat (even on two instances) never interleave. Sessions expire after {@code session-ttl} without a change.
 */
@Component
public class SessionStore {

    private static final Logger log = LoggerFactory.getLogger(SessionStore.class);
    private static final TypeReference<Map<String, String>> DATA = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Duration ttl;

    public SessionStore(JdbcClient jdbc, JsonMapper json, SessionProperties props) {
        this.jdbc = jdbc;
        this.json = json;
        this.ttl = props.sessionTtl();
    }

    public ChatSession load(long chatId) {
        return jdbc.sql("SELECT revision, state, data FROM chat_sessions WHERE chat_id = :c AND expires_at > now()")
                .param("c", chatId)
                .query((rs, n) -> new ChatSession(chatId, rs.getLong(1), rs.getString(2), readData(chatId, rs.getString(3))))
                .optional().orElseGet(() -> ChatSession.fresh(chatId));
    }

    /**
     * The session from its stored columns, read by the caller under the chat's lock (the update
     * pipeline reads them in the same round trip that takes the lock); a null revision means none.
     */
    public ChatSession restore(long chatId, Long revision, String state, String data) {
        return revision == null ? ChatSession.fresh(chatId) : new ChatSession(chatId, revision, state, readData(chatId, data));
    }

    /** Writes the session back if it changed; an empty session is deleted. */
    public void saveIfChanged(ChatSession session) {
        if (!session.isChanged()) {
            return;
        }
        if (session.rawState() == null && session.data().isEmpty()) {
            jdbc.sql("DELETE FROM chat_sessions WHERE chat_id = :c").param("c", session.chatId()).update();
            return;
        }
        jdbc.sql("""
                INSERT INTO chat_sessions (chat_id, revision, state, data, expires_at) VALUES (:c, :r, :s, :d, :exp)
                ON CONFLICT (chat_id) DO UPDATE SET revision = EXCLUDED.revision, state = EXCLUDED.state,
                       data = EXCLUDED.data, expires_at = EXCLUDED.expires_at""")
                .param("c", session.chatId()).param("r", session.revision() + 1).param("s", session.rawState())
                .param("d", json.writeValueAsString(new LinkedHashMap<>(session.data())))
                .param("exp", Timestamp.from(Instant.now().plus(ttl))).update();
    }

    /** Deletes expired sessions, a bounded batch at a time. */
    public int purgeExpired() {
        return jdbc.sql("""
                DELETE FROM chat_sessions WHERE chat_id IN (SELECT chat_id FROM chat_sessions WHERE expires_at < now() LIMIT 5000)""")
                .update();
    }

    private Map<String, String> readData(long chatId, String raw) {
        try {
            return json.readValue(raw, DATA);
        } catch (RuntimeException e) {
            log.warn("Discarding unreadable session data of chat {}: {}", chatId, e.getMessage());
            return Map.of();
        }
    }
}

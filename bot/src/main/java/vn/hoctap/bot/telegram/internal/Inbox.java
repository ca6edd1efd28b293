package vn.hoctap.bot.telegram.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The durable inbox of Telegram updates in PostgreSQL. An update is stored (unique by update_id,
 * which is the de-duplication) before Telegram is told it arrived; the instance that stored it
 * holds a lease it renews while the update waits in memory, and marks it DONE in the same
 * transaction as its handler's writes. Rows of a crashed instance are taken over when the lease
 * expires; handled rows are purged after the retention period.
 */
final class Inbox {

    /** One stored update: its id, chat and raw JSON. */
    record Row(int updateId, long chatId, String payload, int attempts) {
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final String instance;

    Inbox(JdbcClient jdbc, NamedParameterJdbcTemplate named, String instance) {
        this.jdbc = jdbc;
        this.named = named;
        this.instance = instance;
    }

    String instance() {
        return instance;
    }

    /** Stores the updates in one statement and returns those not seen before (claimed by this instance). */
    List<Row> store(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("me", instance)
                .addValue("ids", rows.stream().map(Row::updateId).toArray(Integer[]::new))
                .addValue("chats", rows.stream().map(Row::chatId).toArray(Long[]::new))
                .addValue("payloads", rows.stream().map(Row::payload).toArray(String[]::new));
        List<Integer> inserted = named.queryForList("""
                INSERT INTO telegram_inbox (update_id, chat_id, payload, claimed_by, claimed_at)
                SELECT u.id, u.chat, u.payload, :me, now()
                  FROM unnest(CAST(:ids AS bigint[]), CAST(:chats AS bigint[]), CAST(:payloads AS text[])) AS u(id, chat, payload)
                ON CONFLICT (update_id) DO NOTHING
                RETURNING update_id""", params, Integer.class);
        java.util.Set<Integer> fresh = new java.util.HashSet<>(inserted);
        List<Row> result = new ArrayList<>();
        for (Row r : rows) {
            if (fresh.remove(r.updateId())) {
                result.add(r);
            }
        }
        return result;
    }

    /** What starting an update found: whether it was still to be handled, and its chat's stored session columns (null if none). */
    record Begun(boolean fresh, Long revision, String state, String data) {
    }

    /**
     * Starts handling inside the caller's transaction, in one round trip ({@code telegram_begin_update},
     * migration V17_0): marks the row DONE (committed only with the handler's writes) and locks it, so
     * a second handler of the same update waits and then sees it done; then, if {@code lockChat}, takes
     * the chat's advisory lock until the transaction ends and reads the chat's session after it.
     */
    Begun begin(int updateId, long chatId, boolean lockChat) {
        return jdbc.sql("SELECT fresh, revision, state, data FROM telegram_begin_update(:id, :chat, :me, :lock)")
                .param("id", (long) updateId).param("chat", chatId).param("me", instance).param("lock", lockChat)
                .query((rs, i) -> new Begun(rs.getBoolean(1), (Long) rs.getObject(2), rs.getString(3), rs.getString(4)))
                .single();
    }

    /** A handler failed for good (a bug, bad data): recorded so it is not retried forever. */
    void markFailed(int updateId, String error) {
        jdbc.sql("""
                UPDATE telegram_inbox SET status = 'FAILED', handled_at = now(), last_error = left(:e, 2000)
                 WHERE update_id = :id AND status = 'PENDING'""").param("id", updateId).param("e", error).update();
    }

    /** Renews the lease on the updates this instance holds in memory; any other claim of ours lapses. */
    int heartbeat(java.util.Collection<Integer> held) {
        if (held.isEmpty()) {
            return 0;
        }
        return jdbc.sql("UPDATE telegram_inbox SET claimed_at = now() WHERE status = 'PENDING' AND claimed_by = :me"
                + " AND update_id = ANY(:ids)").param("me", instance).param("ids", held.toArray(Integer[]::new)).update();
    }

    /** Takes over pending updates whose holder stopped renewing its lease (a crashed instance), oldest first. */
    List<Row> takeOver(Duration lease, int limit) {
        return jdbc.sql("""
                UPDATE telegram_inbox SET claimed_by = :me, claimed_at = now(), attempts = attempts + 1
                 WHERE update_id IN (SELECT update_id FROM telegram_inbox
                                      WHERE status = 'PENDING' AND (claimed_at IS NULL OR claimed_at < :expired)
                                      ORDER BY update_id LIMIT :n FOR UPDATE SKIP LOCKED)
                RETURNING update_id, chat_id, payload, attempts""")
                .param("me", instance).param("expired", Timestamp.from(Instant.now().minus(lease))).param("n", limit)
                .query((rs, i) -> new Row(rs.getInt(1), rs.getLong(2), rs.getString(3), rs.getInt(4))).list()
                .stream().sorted(java.util.Comparator.comparingInt(Row::updateId)).toList();
    }

    /** On a graceful stop: updates still waiting in memory are left for the next instance at once. */
    int releaseMine() {
        return jdbc.sql("UPDATE telegram_inbox SET claimed_by = NULL, claimed_at = NULL WHERE status = 'PENDING' AND claimed_by = :me")
                .param("me", instance).update();
    }

    /** Deletes handled rows older than the retention, a bounded batch at a time. */
    int purge(Duration retention) {
        return jdbc.sql("""
                DELETE FROM telegram_inbox WHERE update_id IN (SELECT update_id FROM telegram_inbox
                 WHERE status <> 'PENDING' AND handled_at < :before LIMIT 5000)""")
                .param("before", Timestamp.from(Instant.now().minus(retention))).update();
    }

}

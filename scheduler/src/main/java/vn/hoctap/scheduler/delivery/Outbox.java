package vn.hoctap.scheduler.delivery;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The durable outbox of bulk messages. Rows are unique per (campaign, step, member), claimed with
 * {@code FOR UPDATE SKIP LOCKED} under a lease so several workers and instances share the work,
 * and a lease that outlives a crashed worker returns its rows to the queue.
 */
@Repository
public class Outbox {

    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final List<Runnable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public Outbox(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /**
     * The steps "Nhắc tôi sau" holds: reminders to study, the campaign's or the secretary's. A convocation,
     * an opinion form or a secretary's digest must still arrive on time for a member who snoozed.
     */
    private static final String SNOOZABLE = "(step LIKE 'remind%' OR step LIKE 'deadline-morning%' OR step LIKE 'push%')";

    /** Queues the recipients (skipping any already queued for this step); a snooze delays a member's reminders. */
    public int enqueue(long campaignId, String step, List<Recipient> recipients, Instant notBefore, boolean paidBroadcast) {
        boolean snoozable = step.startsWith("remind") || step.startsWith("deadline-morning") || step.startsWith("push");
        int inserted = 0;
        for (int from = 0; from < recipients.size(); from += BATCH) {
            List<Recipient> chunk = recipients.subList(from, Math.min(recipients.size(), from + BATCH));
            MapSqlParameterSource[] rows = chunk.stream().map(r -> new MapSqlParameterSource()
                    .addValue("c", campaignId).addValue("step", step).addValue("m", r.memberId()).addValue("chat", r.chatId())
                    .addValue("body", r.body()).addValue("kb", r.keyboardJson()).addValue("paid", paidBroadcast)
                    .addValue("nb", Timestamp.from(notBefore)).addValue("snoozable", snoozable))
                    .toArray(MapSqlParameterSource[]::new);
            for (int n : named.batchUpdate("""
                    INSERT INTO outbox (campaign_id, step, member_id, chat_id, body, keyboard, paid_broadcast, not_before)
                    VALUES (:c, :step, :m, :chat, :body, :kb, :paid, greatest(:nb,
                            coalesce((SELECT until FROM campaign_snoozes s WHERE :snoozable AND s.campaign_id = :c AND s.member_id = :m), :nb)))
                    ON CONFLICT ON CONSTRAINT outbox_once DO NOTHING""", rows)) {
                inserted += Math.max(n, 0);
            }
        }
        if (inserted > 0) {
            afterCommit(() -> listeners.forEach(Runnable::run));
        }
        return inserted;
    }

    /** The steps of a campaign already queued for at least one member (those already run, whatever their delivery). */
    public java.util.Set<String> queuedSteps(long campaignId) {
        return java.util.Set.copyOf(jdbc.sql("SELECT DISTINCT step FROM outbox WHERE campaign_id = :c").param("c", campaignId)
                .query(String.class).list());
    }

    /** Called once new rows are visible (after the commit, inside a transaction): wakes idle delivery threads. */
    public void onEnqueued(Runnable listener) {
        listeners.add(listener);
    }

    private static void afterCommit(Runnable action) {
        if (!org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        action.run();
                    }
                });
    }

    /**
     * Claims up to {@code limit} due rows: first those put back in the queue (retries, deferrals),
     * by their due time, then the untouched backlog, so a retry never waits behind a whole broadcast.
     */
    public List<OutboxItem> claim(String worker, int limit, Instant now) {
        List<OutboxItem> claimed = new java.util.ArrayList<>(claimWhere(worker, limit, now, "AND rescheduled"));
        if (claimed.size() < limit) {
            claimed.addAll(claimWhere(worker, limit - claimed.size(), now, ""));
        }
        return claimed.stream().sorted(java.util.Comparator.comparingLong(OutboxItem::id)).toList();
    }

    private List<OutboxItem> claimWhere(String worker, int limit, Instant now, String filter) {
        return jdbc.sql("""
                UPDATE outbox SET status = 'SENDING', claimed_by = :w, claimed_at = :now
                 WHERE id IN (SELECT id FROM outbox WHERE status = 'PENDING' AND not_before <= :now %s
                               ORDER BY not_before, id LIMIT :n FOR UPDATE SKIP LOCKED)
                RETURNING id, campaign_id, step, member_id, chat_id, body, keyboard, paid_broadcast, attempts""".formatted(filter))
                .param("w", worker).param("now", Timestamp.from(now)).param("n", limit)
                .query((rs, i) -> new OutboxItem(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                        rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getInt(9)))
                .list();
    }

    /**
     * Renews this worker's lease on several rows at once; returns those it still holds (a row
     * whose lease expired and was taken over by another worker must not be sent by this one).
     */
    public java.util.Set<Long> renewClaims(List<Long> ids, String worker, Instant now) {
        return new java.util.HashSet<>(jdbc.sql("""
                UPDATE outbox SET claimed_at = :now WHERE id = ANY(:ids) AND claimed_by = :w AND status = 'SENDING' RETURNING id""")
                .param("now", Timestamp.from(now)).param("ids", ids.stream().mapToLong(Long::longValue).toArray()).param("w", worker)
                .query(Long.class).list());
    }

    /** Records several sends in one statement: row ids and Telegram's message ids, in the same order. */
    public void markSent(long[] ids, int[] telegramMessageIds, Instant now) {
        jdbc.sql("""
                UPDATE outbox o SET status = 'SENT', sent_at = :now, telegram_message_id = v.mid, attempts = o.attempts + 1
                  FROM unnest(:ids, :mids) AS v(id, mid) WHERE o.id = v.id""")
                .param("now", Timestamp.from(now)).param("ids", ids).param("mids", telegramMessageIds).update();
    }

    /** Puts rows back in the queue, due at {@code notBefore}, without counting an attempt (nothing was sent). */
    public void retryLater(List<Long> ids, Instant notBefore) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("""
                UPDATE outbox SET status = 'PENDING', not_before = :nb, rescheduled = true, claimed_by = NULL, claimed_at = NULL
                 WHERE id = ANY(:ids)""")
                .param("nb", Timestamp.from(notBefore)).param("ids", ids.stream().mapToLong(Long::longValue).toArray()).update();
    }

    public void markSent(long id, int telegramMessageId, Instant now) {
        jdbc.sql("UPDATE outbox SET status = 'SENT', sent_at = :now, telegram_message_id = :mid, attempts = attempts + 1 WHERE id = :id")
                .param("now", Timestamp.from(now)).param("mid", telegramMessageId).param("id", id).update();
    }

    /** Back to the queue; {@code failedAttempt} is false when the send never happened (rate limit, quiet hours). */
    public void retryLater(long id, Instant notBefore, String reason, boolean failedAttempt) {
        jdbc.sql("""
                UPDATE outbox SET status = 'PENDING', not_before = :nb, last_error = coalesce(:why, last_error), rescheduled = true,
                       attempts = attempts + :inc, claimed_by = NULL, claimed_at = NULL WHERE id = :id""")
                .param("nb", Timestamp.from(notBefore)).param("why", reason).param("inc", failedAttempt ? 1 : 0).param("id", id)
                .update();
    }

    public void markFailed(long id, String reason) {
        jdbc.sql("UPDATE outbox SET status = 'FAILED', last_error = :why, attempts = attempts + 1 WHERE id = :id")
                .param("why", reason).param("id", id).update();
    }

    /** The send-time check found that the message no longer applies (member done, campaign cancelled…). */
    public void markSkipped(long id, String reason) {
        jdbc.sql("UPDATE outbox SET status = 'SKIPPED', last_error = :why, claimed_by = NULL WHERE id = :id")
                .param("why", reason).param("id", id).update();
    }

    /** 403: the member is unreachable on Telegram; their member record says so too. */
    public void markUnreachable(long id, long memberId, String reason) {
        jdbc.sql("UPDATE outbox SET status = 'UNREACHABLE', last_error = :why, attempts = attempts + 1 WHERE id = :id")
                .param("why", reason).param("id", id).update();
        jdbc.sql("UPDATE members SET status = 'BLOCKED' WHERE id = :m AND status = 'ACTIVE'").param("m", memberId).update();
    }

    /** Rows whose worker died mid-batch go back to the queue once their lease has expired. */
    public int releaseExpiredLeases(Instant now, Duration lease) {
        return jdbc.sql("""
                UPDATE outbox SET status = 'PENDING', claimed_by = NULL, claimed_at = NULL
                 WHERE status = 'SENDING' AND claimed_at < :expired""")
                .param("expired", Timestamp.from(now.minus(lease))).update();
    }

    /** On a graceful stop: this worker's unsent claims go straight back to the queue. */
    public int releaseClaimsOf(String worker) {
        return jdbc.sql("UPDATE outbox SET status = 'PENDING', claimed_by = NULL, claimed_at = NULL WHERE status = 'SENDING' AND claimed_by = :w")
                .param("w", worker).update();
    }

    public int cancelPending(long campaignId) {
        return jdbc.sql("UPDATE outbox SET status = 'CANCELLED' WHERE campaign_id = :c AND status = 'PENDING'")
                .param("c", campaignId).update();
    }

    /** Delays a snoozed member's queued reminders of this campaign. */
    public int delayMember(long campaignId, long memberId, Instant until) {
        return jdbc.sql("""
                UPDATE outbox SET not_before = greatest(not_before, :until), rescheduled = true
                 WHERE campaign_id = :c AND member_id = :m AND status = 'PENDING' AND """ + SNOOZABLE)
                .param("until", Timestamp.from(until)).param("c", campaignId).param("m", memberId).update();
    }

    public DeliveryProgress progress(long campaignId, Instant now) {
        var steps = jdbc.sql("""
                SELECT step, count(*) FILTER (WHERE status = 'PENDING'), count(*) FILTER (WHERE status = 'SENDING'),
                       count(*) FILTER (WHERE status = 'SENT'), count(*) FILTER (WHERE status = 'FAILED'),
                       count(*) FILTER (WHERE status = 'UNREACHABLE'), count(*) FILTER (WHERE status = 'CANCELLED')
                  FROM outbox WHERE campaign_id = :c GROUP BY step ORDER BY min(created_at), step""")
                .param("c", campaignId)
                .query((rs, n) -> new DeliveryProgress.StepProgress(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7)))
                .list();
        long lastMinute = jdbc.sql("SELECT count(*) FROM outbox WHERE campaign_id = :c AND status = 'SENT' AND sent_at > :since")
                .param("c", campaignId).param("since", Timestamp.from(now.minusSeconds(60))).query(Long.class).single();
        return new DeliveryProgress(campaignId, steps, lastMinute / 60.0);
    }

    public long pendingCount() {
        return jdbc.sql("SELECT count(*) FROM outbox WHERE status IN ('PENDING', 'SENDING')").query(Long.class).single();
    }
}

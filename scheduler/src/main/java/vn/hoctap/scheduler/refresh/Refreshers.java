package vn.hoctap.scheduler.refresh;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hoctap.content.quiz.QuizQuestion;
import vn.hoctap.content.quiz.QuizRepository;
import vn.hoctap.scheduler.delivery.Keyboards;
import vn.hoctap.scheduler.delivery.Outbox;
import vn.hoctap.scheduler.delivery.Recipient;

/**
 * Spaced repetition after a member finished: for campaigns that ask for it, one approved
 * single-answer question of the document is queued in the outbox at each interval (so it keeps the
 * campaign's quiet hours and the shared bulk rate). Only members still active and reachable on
 * Telegram get one; a refresher whose day passed while the next one is already due is skipped, so
 * an outage never sends a burst. Each (member, assignment, interval) is queued once, by whichever
 * instance gets there first.
 */
@Service
public class Refreshers {

    /** A member's answer as recorded: whether right, and the question to explain it. */
    public record Answer(long refresherId, long assignmentId, long documentId, boolean correct, QuizQuestion question,
            boolean firstTime) {
    }

    private final JdbcClient jdbc;
    private final QuizRepository questions;
    private final Outbox outbox;
    private final RefresherTexts texts;
    private final RefresherProperties props;
    private final Clock clock;
    private final TransactionTemplate tx;

    public Refreshers(JdbcClient jdbc, QuizRepository questions, Outbox outbox, RefresherTexts texts, RefresherProperties props,
            Clock clock, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.questions = questions;
        this.outbox = outbox;
        this.texts = texts;
        this.props = props;
        this.clock = clock;
        this.tx = tx;
    }

    public void enable(long campaignId, boolean on) {
        jdbc.sql("UPDATE campaigns SET refreshers = :on WHERE id = :c").param("on", on).param("c", campaignId).update();
    }

    public boolean enabled(long campaignId) {
        return jdbc.sql("SELECT refreshers FROM campaigns WHERE id = :c").param("c", campaignId).query(Boolean.class).optional()
                .orElse(false);
    }

    /** Queues every refresher due now; returns how many. */
    public int queueDue() {
        Instant now = clock.instant();
        int queued = 0;
        List<Integer> days = props.days();
        for (int i = 0; i < days.size(); i++) {
            Duration after = Duration.ofDays(days.get(i));
            Duration until = i + 1 < days.size() ? Duration.ofDays(days.get(i + 1)) : after.plus(props.lastGrace());
            for (Due due : due(now, after, until, days.get(i))) {
                if (Boolean.TRUE.equals(tx.execute(s -> queue(due, now)))) {
                    queued++;
                }
            }
        }
        return queued;
    }

    private record Due(long memberId, long chatId, long assignmentId, long campaignId, long documentId, String code, int days) {
    }

    private List<Due> due(Instant now, Duration after, Duration until, int days) {
        return jdbc.sql("""
                SELECT c.member_id, m.telegram_user_id, a.id, a.campaign_id, d.id, d.number || '-' || d.doc_type || '/' || d.issuer
                  FROM confirmations c
                  JOIN assignments a ON a.id = c.assignment_id
                  JOIN campaigns k ON k.id = a.campaign_id AND k.refreshers AND k.status = 'ACTIVE'
                  JOIN members m ON m.id = c.member_id AND m.status = 'ACTIVE' AND m.telegram_user_id IS NOT NULL
                  JOIN documents d ON d.id = a.document_id
                 WHERE c.confirmed_at <= :dueBy AND c.confirmed_at > :lateBy
                   AND NOT EXISTS (SELECT 1 FROM refreshers r WHERE r.member_id = c.member_id AND r.assignment_id = a.id
                                      AND r.interval_days = :days)
                 LIMIT 10000""")
                .param("dueBy", Timestamp.from(now.minus(after))).param("lateBy", Timestamp.from(now.minus(until)))
                .param("days", days)
                .query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getString(6), days))
                .list();
    }

    private boolean queue(Due due, Instant now) {
        Optional<QuizQuestion> question = pick(due);
        if (question.isEmpty()) {
            return false;
        }
        Optional<Long> id = jdbc.sql("""
                INSERT INTO refreshers (member_id, assignment_id, campaign_id, interval_days, question_id, queued_at)
                VALUES (:m, :a, :c, :days, :q, :now) ON CONFLICT ON CONSTRAINT refreshers_once DO NOTHING RETURNING id""")
                .param("m", due.memberId()).param("a", due.assignmentId()).param("c", due.campaignId()).param("days", due.days())
                .param("q", question.get().id()).param("now", Timestamp.from(now)).query(Long.class).optional();
        if (id.isEmpty()) {
            return false;
        }
        String body = texts.question(id.get(), due.days(), due.code(), question.get());
        String keyboard = Keyboards.toJson(texts.buttons(id.get(), question.get()));
        outbox.enqueue(due.campaignId(), "refresh-" + id.get(), List.of(new Recipient(due.memberId(), due.chatId(), body, keyboard)),
                now, false);
        return true;
    }

    /** A single-answer approved question, preferring one this member has not had as a refresher for the assignment. */
    private Optional<QuizQuestion> pick(Due due) {
        List<Long> asked = jdbc.sql("SELECT question_id FROM refreshers WHERE member_id = :m AND assignment_id = :a")
                .param("m", due.memberId()).param("a", due.assignmentId()).query(Long.class).list();
        List<QuizQuestion> pool = questions.approved(due.documentId()).stream().filter(q -> !q.multipleCorrect()).toList();
        List<QuizQuestion> fresh = pool.stream().filter(q -> !asked.contains(q.id())).toList();
        List<QuizQuestion> from = fresh.isEmpty() ? pool : fresh;
        if (from.isEmpty()) {
            return Optional.empty();
        }
        int seed = (int) ((due.memberId() * 31 + due.assignmentId() * 7 + due.days()) & 0x7fffffff);
        return Optional.of(from.get(seed % from.size()));
    }

    /** Records the member's answer once; empty if the refresher is not theirs. */
    public Optional<Answer> answer(long refresherId, long memberId, int option) {
        record Row(long assignmentId, long documentId, long questionId, Integer chosen) {
        }
        Optional<Row> row = jdbc.sql("""
                SELECT r.assignment_id, a.document_id, r.question_id, r.chosen FROM refreshers r
                  JOIN assignments a ON a.id = r.assignment_id WHERE r.id = :id AND r.member_id = :m""")
                .param("id", refresherId).param("m", memberId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), (Integer) rs.getObject(4))).optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Optional<QuizQuestion> question = questions.findById(row.get().questionId());
        if (question.isEmpty() || option < 0 || option >= question.get().options().size()) {
            return Optional.empty();
        }
        boolean correct = question.get().correct().contains(option) && !question.get().multipleCorrect();
        int updated = jdbc.sql("""
                UPDATE refreshers SET answered_at = :now, chosen = :o, correct = :ok WHERE id = :id AND answered_at IS NULL""")
                .param("now", Timestamp.from(clock.instant())).param("o", option).param("ok", correct).param("id", refresherId)
                .update();
        boolean first = updated == 1;
        boolean recorded = first ? correct : question.get().correct().contains(row.get().chosen());
        return Optional.of(new Answer(refresherId, row.get().assignmentId(), row.get().documentId(), recorded, question.get(), first));
    }
}

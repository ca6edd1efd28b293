package vn.hoctap.scheduler.quiz;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quiz attempts and answers in PostgreSQL. An answer is stored once per (attempt, question), so a
 * double tap or a re-delivered poll answer counts once; finishing is idempotent; a member may
 * retake only after {@code retakeWait} since their last failed attempt, and a second start within two
 * minutes of an unfinished one (a double tap on the start button) is refused.
 */
@Repository
public class QuizAttempts {

    public record Attempt(long id, long memberId, long assignmentId, String mode, int total, Instant finishedAt, Integer score,
            Boolean passed, List<Long> questionIds) {
    }

    public record PollTarget(long attemptId, long questionId, int[] optionOrder) {
    }

    /** Thrown when a retake is asked for too soon. */
    public static class TooSoon extends RuntimeException {
        private final Duration left;

        public TooSoon(Duration left) {
            super("retake allowed in " + left);
            this.left = left;
        }

        public Duration left() {
            return left;
        }
    }

    /** An attempt for this assignment was started moments ago and is not finished (a double tap). */
    public static class InProgress extends RuntimeException {
        public InProgress() {
            super("an attempt is already in progress");
        }
    }

    private static final Duration IN_PROGRESS = Duration.ofMinutes(2);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration retakeWait;

    public QuizAttempts(JdbcClient jdbc, Clock clock, QuizProperties props) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retakeWait = props.retakeWait();
    }

    @Transactional
    public Attempt start(long memberId, long assignmentId, String mode, List<Long> questionIds) {
        Instant now = clock.instant();
        Optional<Instant> lastFail = jdbc.sql("""
                SELECT max(finished_at) FROM quiz_attempts WHERE member_id = :m AND assignment_id = :a AND passed = false""")
                .param("m", memberId).param("a", assignmentId).query((rs, n) -> rs.getTimestamp(1)).optional()
                .map(ts -> ts == null ? null : ts.toInstant());
        if (lastFail.isPresent() && lastFail.get() != null && lastFail.get().plus(retakeWait).isAfter(now)) {
            throw new TooSoon(Duration.between(now, lastFail.get().plus(retakeWait)));
        }
        if (jdbc.sql("""
                SELECT count(*) FROM quiz_attempts WHERE member_id = :m AND assignment_id = :a AND finished_at IS NULL
                   AND started_at > :since""").param("m", memberId).param("a", assignmentId)
                .param("since", Timestamp.from(now.minus(IN_PROGRESS))).query(Long.class).single() > 0) {
            throw new InProgress();
        }
        long id = jdbc.sql("""
                INSERT INTO quiz_attempts (member_id, assignment_id, mode, started_at, total, question_ids)
                VALUES (:m, :a, :mode, :now, :t, :q) RETURNING id""").param("m", memberId).param("a", assignmentId).param("mode", mode)
                .param("now", Timestamp.from(now)).param("t", questionIds.size()).param("q", questionIds.toArray(Long[]::new))
                .query(Long.class).single();
        return find(id).orElseThrow();
    }

    public Optional<Attempt> find(long id) {
        return jdbc.sql("SELECT * FROM quiz_attempts WHERE id = :id").param("id", id)
                .query((rs, n) -> new Attempt(rs.getLong("id"), rs.getLong("member_id"), rs.getLong("assignment_id"),
                        rs.getString("mode"), rs.getInt("total"),
                        rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
                        (Integer) rs.getObject("score"), (Boolean) rs.getObject("passed"),
                        Arrays.asList((Long[]) rs.getArray("question_ids").getArray())))
                .optional();
    }

    /** @return false if this question was already answered in this attempt */
    public boolean answer(long attemptId, long questionId, int[] chosen, boolean correct) {
        Integer[] boxed = Arrays.stream(chosen).boxed().toArray(Integer[]::new);
        return jdbc.sql("""
                INSERT INTO quiz_answers (attempt_id, question_id, chosen, correct, answered_at) VALUES (:a, :q, :c, :ok, :now)
                ON CONFLICT (attempt_id, question_id) DO NOTHING""").param("a", attemptId).param("q", questionId)
                .param("c", boxed).param("ok", correct).param("now", Timestamp.from(clock.instant())).update() == 1;
    }

    public int answered(long attemptId) {
        return jdbc.sql("SELECT count(*) FROM quiz_answers WHERE attempt_id = :a").param("a", attemptId).query(Integer.class).single();
    }

    /** Scores the attempt once; later calls return the same result. */
    @Transactional
    public Attempt finish(long attemptId, int passMark) {
        jdbc.sql("""
                UPDATE quiz_attempts SET finished_at = :now,
                       score = (SELECT count(*) FROM quiz_answers WHERE attempt_id = :a AND correct),
                       passed = (SELECT count(*) FROM quiz_answers WHERE attempt_id = :a AND correct) * 100 >= :pass * total
                 WHERE id = :a AND finished_at IS NULL""").param("now", Timestamp.from(clock.instant())).param("a", attemptId)
                .param("pass", passMark).update();
        return find(attemptId).orElseThrow();
    }

    public void registerPoll(String pollId, long attemptId, long questionId, int[] optionOrder) {
        Integer[] boxed = Arrays.stream(optionOrder).boxed().toArray(Integer[]::new);
        jdbc.sql("INSERT INTO quiz_polls (poll_id, attempt_id, question_id, option_order) VALUES (:p, :a, :q, :o)")
                .param("p", pollId).param("a", attemptId).param("q", questionId).param("o", boxed).update();
    }

    public Optional<PollTarget> poll(String pollId) {
        return jdbc.sql("SELECT attempt_id, question_id, option_order FROM quiz_polls WHERE poll_id = :p").param("p", pollId)
                .query((rs, n) -> new PollTarget(rs.getLong(1), rs.getLong(2),
                        Arrays.stream((Integer[]) rs.getArray(3).getArray()).mapToInt(Integer::intValue).toArray()))
                .optional();
    }

    public List<Attempt> of(long memberId, long assignmentId) {
        return jdbc.sql("SELECT id FROM quiz_attempts WHERE member_id = :m AND assignment_id = :a ORDER BY id")
                .param("m", memberId).param("a", assignmentId).query(Long.class).list().stream()
                .map(id -> find(id).orElseThrow()).toList();
    }
}

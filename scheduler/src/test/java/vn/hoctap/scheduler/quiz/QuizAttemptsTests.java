package vn.hoctap.scheduler.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.content.document.NewDocument;
import vn.hoctap.content.quiz.QuizQuestion;
import vn.hoctap.content.quiz.QuizRepository;
import vn.hoctap.content.testing.TestDatabase;
import vn.hoctap.scheduler.assignment.AssignmentRepository;
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.unit.UnitLevel;
import vn.hoctap.scheduler.unit.UnitRepository;

/**
 * Quiz attempts against real PostgreSQL: an answer counts once, scoring happens once, the pass mark
 * is a bound, and a retake waits after a failure (per member and assignment) but a double tap on
 * start is refused only while the first attempt is fresh.
 */
class QuizAttemptsTests {

    private final TestDatabase database = TestDatabase.perTest();

    private static final Instant T0 = Instant.parse("2026-11-20T03:00:00Z");
    private static final Duration RETAKE_WAIT = Duration.ofMinutes(10);

    private JdbcClient jdbc;
    private long member;
    private long otherMember;
    private long assignment;
    private long otherAssignment;
    private List<Long> questions;

    @BeforeEach
    void setUp() {
        jdbc = JdbcClient.create(database.dataSource());
        long cell = new UnitRepository(jdbc).create(null, UnitLevel.CELL, "Chi bộ").id();
        var members = new MemberRepository(jdbc);
        member = members.create(cell, "Nguyễn Văn An").id();
        otherMember = members.create(cell, "Trần Thị Bình").id();
        var docs = new DocumentRepository(jdbc);
        long doc = docs.save(new NewDocument("NQ", "21", "TW", LocalDate.of(2017, 10, 25), "Dân số", "x")).id();
        long doc2 = docs.save(new NewDocument("NQ", "22", "TW", LocalDate.of(2017, 10, 25), "Y tế", "y")).id();
        var assignments = new AssignmentRepository(jdbc, Clock.fixed(T0, ZoneOffset.UTC));
        assignment = assignments.create(doc, cell, T0.minus(Duration.ofDays(1)), T0.plus(Duration.ofDays(7)));
        otherAssignment = assignments.create(doc2, cell, T0.minus(Duration.ofDays(1)), T0.plus(Duration.ofDays(7)));
        questions = new QuizRepository(jdbc).replaceAuthored(doc, List.of(
                QuizQuestion.authored("Câu một?", List.of("A", "B"), Set.of(0), null),
                QuizQuestion.authored("Câu hai?", List.of("A", "B"), Set.of(1), null),
                QuizQuestion.authored("Câu ba?", List.of("A", "B", "C"), Set.of(0, 2), null)))
                .stream().map(QuizQuestion::id).toList();
    }

    private QuizAttempts at(Instant now) {
        return new QuizAttempts(jdbc, Clock.fixed(now, ZoneOffset.UTC), new QuizProperties(5, RETAKE_WAIT, 80));
    }

    @Test
    void anAttemptKeepsItsQuestionsInOrderAndCountsThem() {
        QuizAttempts.Attempt a = at(T0).start(member, assignment, "POLL", questions);
        assertThat(a.questionIds()).containsExactlyElementsOf(questions);
        assertThat(a.total()).isEqualTo(3);
        assertThat(a.finishedAt()).isNull();
        assertThat(at(T0).of(member, assignment)).extracting(QuizAttempts.Attempt::id).containsExactly(a.id());
        assertThat(at(T0).of(otherMember, assignment)).isEmpty();
    }

    @Test
    void theSecondAnswerToAQuestionIsIgnoredAndTheFirstIsKept() {
        QuizAttempts quiz = at(T0);
        long attempt = quiz.start(member, assignment, "POLL", questions).id();
        assertThat(quiz.answer(attempt, questions.get(0), new int[] {0}, true)).isTrue();
        assertThat(quiz.answer(attempt, questions.get(0), new int[] {1}, false)).isFalse();
        assertThat(quiz.answered(attempt)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT correct FROM quiz_answers WHERE attempt_id = :a AND question_id = :q")
                .param("a", attempt).param("q", questions.get(0)).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT chosen[1] FROM quiz_answers WHERE attempt_id = :a").param("a", attempt)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void finishingScoresOnceAndAnswersAfterwardsDoNotChangeTheResult() {
        QuizAttempts quiz = at(T0);
        long attempt = quiz.start(member, assignment, "POLL", questions).id();
        quiz.answer(attempt, questions.get(0), new int[] {0}, true);
        quiz.answer(attempt, questions.get(1), new int[] {0}, false);
        QuizAttempts.Attempt first = quiz.finish(attempt, 50);
        assertThat(first.score()).isEqualTo(1);
        assertThat(first.passed()).isFalse();
        assertThat(first.finishedAt()).isEqualTo(T0);

        QuizAttempts later = at(T0.plusSeconds(30));
        later.answer(attempt, questions.get(2), new int[] {0, 2}, true);
        QuizAttempts.Attempt again = later.finish(attempt, 0);
        assertThat(again.score()).isEqualTo(1);
        assertThat(again.passed()).isFalse();
        assertThat(again.finishedAt()).isEqualTo(T0);
    }

    @Test
    void thePassMarkIsReachedExactlyAtItsPercentage() {
        // Two of three right is 66.7 %: a pass mark of 66 passes, 67 does not.
        assertThat(finishedWithTwoOfThree(member, assignment, 66).passed()).isTrue();
        assertThat(finishedWithTwoOfThree(otherMember, assignment, 67).passed()).isFalse();
        assertThat(finishedWithTwoOfThree(member, otherAssignment, 100).passed()).isFalse();
    }

    @Test
    void aRetakeAfterAFailureWaitsAndTheRefusalSaysHowLong() {
        failAt(member, assignment, T0);
        assertThatThrownBy(() -> at(T0.plus(Duration.ofMinutes(9))).start(member, assignment, "POLL", questions))
                .isInstanceOfSatisfying(QuizAttempts.TooSoon.class, e -> assertThat(e.left()).isEqualTo(Duration.ofMinutes(1)));
        assertThat(count(member, assignment)).isEqualTo(1);
        assertThat(at(T0.plus(RETAKE_WAIT)).start(member, assignment, "POLL", questions).id()).isPositive();
        assertThat(count(member, assignment)).isEqualTo(2);
    }

    @Test
    void theRetakeWaitIsPerMemberAndAssignment() {
        failAt(member, assignment, T0);
        Instant soon = T0.plusSeconds(10);
        assertThat(at(soon).start(otherMember, assignment, "POLL", questions).memberId()).isEqualTo(otherMember);
        assertThat(at(soon).start(member, otherAssignment, "POLL", questions).assignmentId()).isEqualTo(otherAssignment);
    }

    @Test
    void aPassedAttemptDoesNotDelayTheNextOne() {
        QuizAttempts quiz = at(T0);
        long attempt = quiz.start(member, assignment, "POLL", questions).id();
        questions.forEach(q -> quiz.answer(attempt, q, new int[] {0}, true));
        assertThat(quiz.finish(attempt, 80).passed()).isTrue();
        assertThat(at(T0.plusSeconds(1)).start(member, assignment, "INLINE", questions).mode()).isEqualTo("INLINE");
    }

    @Test
    void aSecondStartWhileTheFirstIsFreshIsRefusedButAnAbandonedOneDoesNotBlock() {
        at(T0).start(member, assignment, "POLL", questions);
        assertThatThrownBy(() -> at(T0.plus(Duration.ofSeconds(119))).start(member, assignment, "POLL", questions))
                .isInstanceOf(QuizAttempts.InProgress.class);
        assertThat(count(member, assignment)).isEqualTo(1);
        assertThat(at(T0.plus(Duration.ofMinutes(2))).start(member, assignment, "POLL", questions).id()).isPositive();
        assertThat(count(member, assignment)).isEqualTo(2);
    }

    @Test
    void aPollLeadsBackToItsAttemptQuestionAndOptionOrder() {
        QuizAttempts quiz = at(T0);
        long attempt = quiz.start(member, assignment, "POLL", questions).id();
        quiz.registerPoll("poll-1", attempt, questions.get(2), new int[] {2, 0, 1});
        QuizAttempts.PollTarget target = quiz.poll("poll-1").orElseThrow();
        assertThat(target.attemptId()).isEqualTo(attempt);
        assertThat(target.questionId()).isEqualTo(questions.get(2));
        assertThat(target.optionOrder()).containsExactly(2, 0, 1);
        assertThat(quiz.poll("poll-unknown")).isEmpty();
    }

    private QuizAttempts.Attempt finishedWithTwoOfThree(long memberId, long assignmentId, int passMark) {
        QuizAttempts quiz = at(T0);
        long attempt = quiz.start(memberId, assignmentId, "POLL", questions).id();
        quiz.answer(attempt, questions.get(0), new int[] {0}, true);
        quiz.answer(attempt, questions.get(1), new int[] {1}, true);
        quiz.answer(attempt, questions.get(2), new int[] {0}, false);
        return quiz.finish(attempt, passMark);
    }

    private void failAt(long memberId, long assignmentId, Instant when) {
        QuizAttempts quiz = at(when);
        long attempt = quiz.start(memberId, assignmentId, "POLL", questions).id();
        assertThat(quiz.finish(attempt, 80).passed()).isFalse();
    }

    private long count(long memberId, long assignmentId) {
        return jdbc.sql("SELECT count(*) FROM quiz_attempts WHERE member_id = :m AND assignment_id = :a")
                .param("m", memberId).param("a", assignmentId).query(Long.class).single();
    }
}

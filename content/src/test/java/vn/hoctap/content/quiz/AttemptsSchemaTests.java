package vn.hoctap.content.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.content.document.NewDocument;
import vn.hoctap.content.testing.TestPostgres;

/**
 * The attempts DDL handed to the scheduler module (ATTEMPTS_SCHEMA.md) applies on top of the
 * content migrations and does what the bot relies on. members and assignments are stand-ins here:
 * the real ones come from the scheduler's V1_1.
 */
class AttemptsSchemaTests {

    private JdbcClient jdbc;
    private long questionId;
    private long attemptId;

    @BeforeEach
    void setUp() throws Exception {
        DataSource dataSource = new DriverManagerDataSource(TestPostgres.createDatabase());
        Flyway.configure().dataSource(dataSource).load().migrate();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE members (id bigserial PRIMARY KEY); CREATE TABLE assignments (id bigserial PRIMARY KEY);"
                    + " INSERT INTO members DEFAULT VALUES; INSERT INTO assignments DEFAULT VALUES;");
            s.execute(schema());
        }
        jdbc = JdbcClient.create(dataSource);
        long documentId = new DocumentRepository(jdbc).save(new NewDocument("NQ", "21", "TW", LocalDate.of(2017, 10, 25),
                "Về công tác dân số trong tình hình mới", "Tóm tắt.")).id();
        questionId = new QuizRepository(jdbc).replaceAuthored(documentId, List.of(QuizQuestion.authored("Câu hỏi?",
                List.of("a", "b", "c"), Set.of(2), null))).get(0).id();
        attemptId = jdbc.sql("INSERT INTO quiz_attempts (member_id, assignment_id, mode) VALUES (1, 1, 'POLL') RETURNING id")
                .query(Long.class).single();
    }

    @Test
    void aDuplicateAnswerCountsOnce() {
        for (int i = 0; i < 2; i++) {
            jdbc.sql("""
                    INSERT INTO quiz_answers (attempt_id, question_id, chosen, correct) VALUES (:a, :q, :c, true)
                    ON CONFLICT DO NOTHING
                    """).param("a", attemptId).param("q", questionId).param("c", new Integer[] {2}).update();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM quiz_answers").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aPollAnswerMapsBackToTheOriginalOption() {
        jdbc.sql("INSERT INTO quiz_polls (poll_id, attempt_id, question_id, option_order) VALUES ('p1', :a, :q, :o)")
                .param("a", attemptId).param("q", questionId).param("o", new Integer[] {2, 0, 1}).update();
        int shownFirst = 0;
        assertThat(jdbc.sql("SELECT option_order[:k + 1] FROM quiz_polls WHERE poll_id = 'p1'").param("k", shownFirst)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void modesAndScoresAreChecked() {
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO quiz_attempts (member_id, assignment_id, mode) VALUES (1, 1, 'CHAT')")
                .update()).hasMessageContaining("quiz_attempts_mode_check");
        assertThatThrownBy(() -> jdbc.sql("UPDATE quiz_attempts SET score = 5, total = 3 WHERE id = :id").param("id", attemptId)
                .update()).hasMessageContaining("check");
        jdbc.sql("UPDATE quiz_attempts SET finished_at = now(), score = 3, total = 3, passed = true WHERE id = :id")
                .param("id", attemptId).update();
    }

    @Test
    void removingAQuestionRemovesItsAnswersButKeepsTheAttempt() {
        jdbc.sql("INSERT INTO quiz_answers (attempt_id, question_id, chosen, correct) VALUES (:a, :q, '{0}', false)")
                .param("a", attemptId).param("q", questionId).update();
        jdbc.sql("DELETE FROM quiz_questions WHERE id = :q").param("q", questionId).update();
        assertThat(jdbc.sql("SELECT count(*) FROM quiz_answers").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM quiz_attempts").query(Long.class).single()).isEqualTo(1);
    }

    private static String schema() throws Exception {
        Path md = Path.of("src/main/java/vn/hoctap/content/quiz/ATTEMPTS_SCHEMA.md");
        if (!Files.exists(md)) {
            md = Path.of("content").resolve(md);
        }
        String text = Files.readString(md, StandardCharsets.UTF_8);
        int start = text.indexOf("```sql") + "```sql".length();
        return text.substring(start, text.indexOf("```", start));
    }
}

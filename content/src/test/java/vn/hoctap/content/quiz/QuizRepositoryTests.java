package vn.hoctap.content.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;

import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.content.document.NewDocument;
import vn.hoctap.content.document.Section;
import vn.hoctap.content.testing.TestDatabase;

/** Question storage in real PostgreSQL: review states, regeneration and re-import. */
class QuizRepositoryTests {

    private final TestDatabase database = TestDatabase.perTest();

    private JdbcClient jdbc;
    private QuizRepository quizzes;
    private long documentId;
    private NewDocument document;

    @BeforeEach
    void setUp() {
        var dataSource = database.dataSource();
        jdbc = JdbcClient.create(dataSource);
        // as in the application: @Transactional applied by a proxy around the repository
        ProxyFactory proxy = new ProxyFactory(new QuizRepository(jdbc));
        proxy.setProxyTargetClass(true);
        proxy.addAdvice(new TransactionInterceptor(new DataSourceTransactionManager(dataSource),
                new AnnotationTransactionAttributeSource()));
        quizzes = (QuizRepository) proxy.getProxy();
        document = new NewDocument("NQ", "21", "TW", LocalDate.of(2017, 10, 25), "Về công tác dân số trong tình hình mới",
                null, "XII", 6, List.of(), List.of(new Section(1, "III. MỤC TIÊU", """
                        Đến năm 2030, về quy mô, cơ cấu và phân bố:
                        - Duy trì vững chắc mức sinh thay thế, bình quân mỗi phụ nữ trong độ tuổi sinh đẻ có khoảng 2,1 con; quy mô dân số khoảng 104 triệu người.
                        - Giảm 50% chênh lệch mức sinh giữa nông thôn và thành thị, giữa miền núi và đồng bằng.
                        - Tỉ số giới tính khi sinh dưới 109 bé trai trên 100 bé gái.
                        - Trẻ em dưới 15 tuổi chiếm khoảng 22% dân số; người từ 65 tuổi trở lên khoảng 11%.
                        """)));
        documentId = new DocumentRepository(jdbc).save(document).id();
    }

    @Test
    void regeneratingDoesNotDuplicateDrafts() {
        List<QuizQuestion> generated = generate();
        assertThat(generated).hasSizeGreaterThanOrEqualTo(3);
        List<QuizQuestion> first = quizzes.saveDrafts(documentId, generated);
        assertThat(first).hasSize(generated.size()).allSatisfy(q -> {
            assertThat(q.id()).isNotNull();
            assertThat(q.status()).isEqualTo(QuizQuestion.Status.DRAFT);
            assertThat(q.source()).isEqualTo(QuizQuestion.Source.GENERATED);
        });
        assertThat(quizzes.saveDrafts(documentId, generate())).isEmpty();
        assertThat(quizzes.drafts(documentId)).hasSize(generated.size());
    }

    @Test
    void theSameQuestionWrittenDifferentlyIsTheSameFingerprint() {
        QuizQuestion a = QuizQuestion.generated(documentId, "Điền vào chỗ trống: Giảm _____ chênh lệch mức sinh.",
                List.of("45%", "50%", "55%", "60%"), 1, null, "Giảm 50% chênh lệch mức sinh.");
        QuizQuestion b = QuizQuestion.generated(documentId, "Dien vao cho trong:  giam _____ chenh lech muc sinh",
                List.of("50%", "40%", "60%", "70%"), 0, null, null);
        assertThat(QuizRepository.fingerprint(a)).isEqualTo(QuizRepository.fingerprint(b));
        assertThat(quizzes.saveDrafts(documentId, List.of(a, b))).hasSize(1);
    }

    @Test
    void aRejectedQuestionStaysRejectedWhenRegenerated() {
        List<QuizQuestion> drafts = quizzes.saveDrafts(documentId, generate());
        long rejected = drafts.get(0).id();
        assertThat(quizzes.reject(rejected)).isTrue();
        assertThat(quizzes.saveDrafts(documentId, generate())).isEmpty();
        assertThat(quizzes.findById(rejected).orElseThrow().status()).isEqualTo(QuizQuestion.Status.REJECTED);
        assertThat(quizzes.drafts(documentId)).extracting(QuizQuestion::id).doesNotContain(rejected);
        assertThat(quizzes.approved(documentId)).isEmpty();
    }

    @Test
    void membersSeeAGeneratedQuestionOnlyAfterApproval() {
        List<QuizQuestion> drafts = quizzes.saveDrafts(documentId, generate());
        assertThat(quizzes.approved(documentId)).isEmpty();
        long id = drafts.get(1).id();
        assertThat(quizzes.approve(id)).isTrue();
        assertThat(quizzes.approved(documentId)).extracting(QuizQuestion::id).containsExactly(id);
        assertThat(quizzes.drafts(documentId)).extracting(QuizQuestion::id).doesNotContain(id);
        QuizQuestion stored = quizzes.findById(id).orElseThrow();
        assertThat(stored).isEqualTo(drafts.get(1).withStatus(QuizQuestion.Status.APPROVED));
        assertThat(jdbc.sql("SELECT reviewed_at IS NOT NULL FROM quiz_questions WHERE id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
        assertThat(quizzes.approve(999_999)).isFalse();
        assertThat(quizzes.findById(999_999)).isEmpty();
    }

    @Test
    void reimportReplacesTheAuthoredQuestionsAndKeepsUnchangedOnes() {
        QuizQuestion keep = authored("Mức sinh thay thế là khoảng bao nhiêu con?", List.of("1,8 con", "2,1 con", "2,5 con"), Set.of(1));
        QuizQuestion dropped = authored("Quy mô dân số năm 2030 khoảng bao nhiêu?", List.of("94 triệu", "104 triệu"), Set.of(1));
        List<QuizQuestion> first = quizzes.replaceAuthored(documentId, List.of(keep, dropped));
        assertThat(first).extracting(QuizQuestion::status).containsOnly(QuizQuestion.Status.APPROVED);
        long approvedGenerated = quizzes.saveDrafts(documentId, generate()).get(0).id();
        quizzes.approve(approvedGenerated);

        QuizQuestion added = authored("Những chỉ tiêu nào là mục tiêu đến năm 2030? (Chọn tất cả đáp án đúng)",
                List.of("Tỉ số giới tính khi sinh dưới 109", "Giảm 50% chênh lệch mức sinh", "Tảo hôn giảm 90%"), Set.of(0, 1));
        QuizQuestion reworded = authored(keep.question(), List.of("1,9 con", "2,1 con", "3 con"), Set.of(1));
        List<QuizQuestion> second = quizzes.replaceAuthored(documentId, List.of(reworded, added));

        assertThat(second).extracting(QuizQuestion::question).containsExactly(keep.question(), added.question());
        assertThat(second.get(0).id()).isEqualTo(first.get(0).id());
        assertThat(second.get(0).options()).containsExactly("1,9 con", "2,1 con", "3 con");
        assertThat(second.get(1).correct()).containsExactly(0, 1);
        assertThat(quizzes.findById(first.get(1).id())).isEmpty();
        assertThat(quizzes.approved(documentId)).extracting(QuizQuestion::id)
                .containsExactly(second.get(0).id(), second.get(1).id(), approvedGenerated);
        assertThat(quizzes.replaceAuthored(documentId, List.of())).isEmpty();
        assertThat(quizzes.approved(documentId)).extracting(QuizQuestion::id).containsExactly(approvedGenerated);
    }

    @Test
    void anAuthoredQuestionTakesOverAGeneratedOneWithTheSameFingerprint() {
        QuizQuestion draft = quizzes.saveDrafts(documentId, generate()).get(0);
        quizzes.reject(draft.id());
        QuizQuestion sameAsDraft = authored(draft.question(), draft.options(), draft.correct());
        QuizQuestion stored = quizzes.replaceAuthored(documentId, List.of(sameAsDraft)).get(0);
        assertThat(stored.id()).isEqualTo(draft.id());
        assertThat(stored.source()).isEqualTo(QuizQuestion.Source.AUTHORED);
        assertThat(stored.status()).isEqualTo(QuizQuestion.Status.APPROVED);
    }

    @Test
    void replacingAuthoredQuestionsIsAllOrNothing() {
        QuizQuestion ok = authored("Câu hỏi giữ lại?", List.of("a", "b"), Set.of(0));
        quizzes.replaceAuthored(documentId, List.of(ok));
        jdbc.sql("ALTER TABLE quiz_questions ADD CONSTRAINT test_refuses CHECK (question <> 'Câu bị từ chối?')").update();
        try {
            QuizQuestion refused = authored("Câu bị từ chối?", List.of("a", "b"), Set.of(0));
            QuizQuestion fine = authored("Câu hỏi mới?", List.of("a", "b"), Set.of(1));
            assertThatThrownBy(() -> quizzes.replaceAuthored(documentId, List.of(fine, refused)))
                    .hasMessageContaining("test_refuses");
            assertThat(quizzes.approved(documentId)).extracting(QuizQuestion::question).containsExactly("Câu hỏi giữ lại?");
        } finally {
            // The test database is shared by the JVM's tests: only rows are reset between them, so undo the schema change.
            jdbc.sql("ALTER TABLE quiz_questions DROP CONSTRAINT test_refuses").update();
        }
    }

    @Test
    void questionsGoWithTheirDocument() {
        quizzes.saveDrafts(documentId, generate());
        quizzes.replaceAuthored(documentId, List.of(authored("Câu hỏi?", List.of("a", "b"), Set.of(0))));
        jdbc.sql("DELETE FROM documents WHERE id = :id").param("id", documentId).update();
        assertThat(jdbc.sql("SELECT count(*) FROM quiz_questions").query(Long.class).single()).isZero();
    }

    private List<QuizQuestion> generate() {
        return new QuestionGenerator().generate(documentId, document, List.of());
    }

    private static QuizQuestion authored(String question, List<String> options, Set<Integer> correct) {
        return QuizQuestion.authored(question, options, correct, null);
    }
}

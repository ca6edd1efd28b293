package vn.hoctap.content.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

import vn.hoctap.content.document.NewDocument;
import vn.hoctap.content.importing.DocumentReaders;
import vn.hoctap.content.importing.ImportFailedException;

/** Authored questions in a document's front matter: what is accepted, and how a mistake is reported. */
class QuestionBankReaderTests {

    private static final String HEADER = """
            ---
            type: NQ
            number: "21"
            issuer: TW
            issued: 2017-10-25
            title: "Về công tác dân số trong tình hình mới"
            """;
    private static final String BODY = """
            ---
            # III. MỤC TIÊU
            Duy trì vững chắc mức sinh thay thế, bình quân mỗi phụ nữ có khoảng 2,1 con.
            """;

    private final QuestionBankReader reader = new QuestionBankReader();

    @Test
    void readsQuestionsAsApprovedAuthoredOnesForTheCallerToBind() {
        List<QuizQuestion> qs = read("""
                questions:
                  - question: "Mức sinh thay thế là khoảng bao nhiêu con trên mỗi phụ nữ?"
                    options: ["1,8 con", "2,1 con", "2,5 con"]
                    correct: 1
                    explanation: "Mục tiêu: duy trì mức sinh thay thế, khoảng 2,1 con."
                  - question: Nghị quyết do hội nghị nào ban hành?
                    options:
                      - Hội nghị Trung ương 6 khóa XII
                      - Hội nghị Trung ương 4 khóa XII
                    correct: [0]
                """);
        assertThat(qs).hasSize(2);
        QuizQuestion first = qs.get(0);
        assertThat(first.options()).containsExactly("1,8 con", "2,1 con", "2,5 con");
        assertThat(first.correct()).containsExactly(1);
        assertThat(first.correctOptions()).containsExactly("2,1 con");
        assertThat(first.explanation()).startsWith("Mục tiêu");
        assertThat(first.source()).isEqualTo(QuizQuestion.Source.AUTHORED);
        assertThat(first.status()).isEqualTo(QuizQuestion.Status.APPROVED);
        assertThat(first.documentId()).isZero();
        assertThat(first.id()).isNull();
        assertThat(qs.get(1).explanation()).isNull();
        assertThat(qs.get(1).correctOptions()).containsExactly("Hội nghị Trung ương 6 khóa XII");
    }

    @Test
    void acceptsSeveralCorrectOptions() {
        QuizQuestion q = read("""
                questions:
                  - question: "Những chỉ tiêu nào là mục tiêu đến năm 2030? (Chọn tất cả đáp án đúng)"
                    options: ["Tuổi thọ bình quân đạt 75 tuổi", "100% người cao tuổi có thẻ bảo hiểm y tế", "Tảo hôn giảm 90%"]
                    correct: [0, 1]
                """).get(0);
        assertThat(q.correct()).containsExactly(0, 1);
        assertThat(q.multipleCorrect()).isTrue();
        assertThat(q.isCorrect(Set.of(0, 1))).isTrue();
        assertThat(q.isCorrect(Set.of(0))).isFalse();
    }

    @Test
    void aDocumentWithoutQuestionsHasNone() {
        assertThat(read("")).isEmpty();
        assertThat(read("questions:\n")).isEmpty();
        assertThat(reader.read("x.md", "# Không có front matter\nNội dung.".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void textIsNormalisedToNfc() {
        String decomposed = java.text.Normalizer.normalize("Mức sinh thay thế?", java.text.Normalizer.Form.NFD);
        QuizQuestion q = read("questions:\n  - question: \"" + decomposed + "\"\n    options: [\"a\", \"b\"]\n    correct: 0\n").get(0);
        assertThat(q.question()).isEqualTo("Mức sinh thay thế?");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "questions:\n  - question: \"A?\"\n    options: [\"a\", \"b\"]\n    correct: 0\n  - question: \"B?\"\n    options: [\"a\"]\n    correct: 0\n"
                    + "|question 2 (line 11) «B?»: a question needs 2 to 10 options, not 1",
            "questions:\n  - question: \"A?\"\n    options: [\"a\", \"b\"]\n    correct: 2\n"
                    + "|question 1 (line 8) «A?»: correct option index 2 is out of range 0..1",
            "questions:\n  - question: \"A?\"\n    options: [\"a\", \"b\"]\n    correct: [0, 1]\n  - question: \"B?\"\n    options: [\"a\", \"b\"]\n"
                    + "|question 2 (line 11) «B?»: 'correct' is missing",
            "questions:\n  - question: \"A?\"\n    options: [\"a\", \"b\"]\n    correct: \"b\"\n"
                    + "|question 1 (line 8) «A?»: 'correct' must be the number of the correct option counted from 0",
            "questions:\n  - question: \"A?\"\n    options: [\"a\", \"a \"]\n    correct: 0\n"
                    + "|question 1 (line 8) «A?»: option 2 'a' is given twice",
            "questions:\n  - options: [\"a\", \"b\"]\n    correct: 0\n|question 1 (line 8) has no 'question' text",
            "questions:\n  - \"Câu hỏi không có phương án\"\n|question 1 (line 8) must be a map",
            "questions:\n  - question: \"A?\"\n    options: [\"a\", \"b\"]\n    correct: 0\n    answer: 1\n"
                    + "|question 1 (line 8) has unknown key 'answer'",
            "questions:\n  - question: \"A?\"\n    options: \"a, b\"\n    correct: 0\n|question 1 (line 8) «A?»: 'options' must be a list",
            "questions: \"không phải danh sách\"\n|'questions' (line 7) must be a list of questions",
            "questions:\n  - question: \"A?\n|not valid YAML at line",
    })
    void malformedEntriesAreReportedWithTheFileAndQuestionNumber(String input) {
        String[] parts = input.split("\\|");
        assertThatThrownBy(() -> read(parts[0])).isInstanceOf(ImportFailedException.class)
                .hasMessageStartingWith("21-nq-tw-2017.md: ").hasMessageContaining(parts[1]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"18-nq-tw-2017.md", "21-nq-tw-2017.md", "41-qd-tw-2021.md"})
    void theLibraryShipsAuthoredQuestionsAndTheDocumentsStillImport(String name) throws IOException {
        byte[] bytes = new ClassPathResource("library/" + name).getContentAsByteArray();
        List<QuizQuestion> qs = reader.read(name, bytes);
        assertThat(qs).hasSizeBetween(4, 6).allSatisfy(q -> {
            assertThat(TelegramQuizLimits.problem(q)).as(q.question()).isNull();
            assertThat(q.explanation()).isNotBlank();
        });
        assertThat(qs).anySatisfy(q -> assertThat(q.multipleCorrect()).isTrue());
        NewDocument doc = new DocumentReaders().read(name, bytes);
        assertThat(doc.sections()).isNotEmpty();
        assertThat(qs).allSatisfy(q -> assertThat(q.question()).contains(doc.code()));
    }

    @Test
    void documentsWithoutAQuestionsKeyStillImportUnchanged() {
        NewDocument doc = new DocumentReaders().read("a.md", (HEADER + "questions:\n  - question: \"A?\"\n    options: [\"a\", \"b\"]\n"
                + "    correct: 0\n" + BODY).getBytes(StandardCharsets.UTF_8));
        assertThat(doc.code()).isEqualTo("21-NQ/TW");
        assertThat(doc.sections()).hasSize(1);
    }

    private List<QuizQuestion> read(String questionsYaml) {
        return reader.read("21-nq-tw-2017.md", (HEADER + questionsYaml + BODY).getBytes(StandardCharsets.UTF_8));
    }
}

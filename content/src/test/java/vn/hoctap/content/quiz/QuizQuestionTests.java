package vn.hoctap.content.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** What a question must be, and which questions a Telegram native quiz poll can carry. */
class QuizQuestionTests {

    @Test
    void aQuestionNeedsTwoToTenDistinctOptionsAndAtLeastOneCorrectOneInRange() {
        assertThatThrownBy(() -> QuizQuestion.authored("Câu hỏi?", List.of("a"), Set.of(0), null))
                .hasMessageContaining("2 to 10 options");
        assertThatThrownBy(() -> QuizQuestion.authored("Câu hỏi?", Collections.nCopies(11, "a"), Set.of(0), null))
                .hasMessageContaining("2 to 10 options");
        assertThatThrownBy(() -> QuizQuestion.authored("Câu hỏi?", List.of("Đảng", " Đảng "), Set.of(0), null))
                .hasMessageContaining("given twice");
        assertThatThrownBy(() -> QuizQuestion.authored("Câu hỏi?", List.of("a", " "), Set.of(0), null))
                .hasMessageContaining("option 2 is empty");
        assertThatThrownBy(() -> QuizQuestion.authored("Câu hỏi?", List.of("a", "b"), Set.of(), null))
                .hasMessageContaining("no correct option");
        assertThatThrownBy(() -> QuizQuestion.authored("Câu hỏi?", List.of("a", "b"), Set.of(2), null))
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> QuizQuestion.authored(" ", List.of("a", "b"), Set.of(0), null))
                .hasMessageContaining("question text is empty");
    }

    @Test
    void textIsTrimmedAndNormalisedToNfc() {
        String nfd = Normalizer.normalize("Nghị quyết", Normalizer.Form.NFD);
        QuizQuestion q = QuizQuestion.authored("  " + nfd + "?  ", List.of(" " + nfd + " ", "b"), Set.of(0), "  ");
        assertThat(q.question()).isEqualTo("Nghị quyết?");
        assertThat(q.options()).containsExactly("Nghị quyết", "b");
        assertThat(q.explanation()).isNull();
        assertThatThrownBy(() -> QuizQuestion.authored("Q?", List.of(nfd, "Nghị quyết"), Set.of(0), null))
                .hasMessageContaining("given twice");
    }

    @Test
    void severalOptionsMayBeCorrect() {
        QuizQuestion q = QuizQuestion.authored("Chọn tất cả?", List.of("a", "b", "c"), Set.of(2, 0), null);
        assertThat(q.correct()).containsExactly(0, 2);
        assertThat(q.correctOptions()).containsExactly("a", "c");
        assertThat(q.isCorrect(Set.of(0, 2))).isTrue();
        assertThat(q.isCorrect(Set.of(0))).isFalse();
        assertThat(q.isCorrect(Set.of(0, 1, 2))).isFalse();
    }

    @Test
    void telegramPollLimitsAreChecked() {
        QuizQuestion fits = QuizQuestion.authored("q".repeat(300), List.of("o".repeat(100), "b"), Set.of(0),
                "e".repeat(200));
        assertThat(TelegramQuizLimits.fitsNativePoll(fits)).isTrue();
        assertThat(TelegramQuizLimits.fitsNativePoll(QuizQuestion.authored("q".repeat(301), List.of("a", "b"), Set.of(0),
                null))).isFalse();
        assertThat(TelegramQuizLimits.problem(QuizQuestion.authored("q", List.of("o".repeat(101), "b"), Set.of(0), null)))
                .contains("option 1 has 101 characters");
        assertThat(TelegramQuizLimits.fitsNativePoll(QuizQuestion.authored("q", List.of("a", "b"), Set.of(0),
                "e".repeat(201)))).isFalse();
        assertThat(TelegramQuizLimits.fitsNativePoll(QuizQuestion.authored("q", List.of("a", "b"), Set.of(0),
                "một\nhai\nba\nbốn"))).isFalse();
        assertThat(TelegramQuizLimits.fitsNativePoll(QuizQuestion.authored("q", List.of("a", "b", "c"), Set.of(0, 1),
                null))).isTrue();
    }
}

package vn.hoctap.content.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class SummaryPagesTests {

    @Test
    void shortTextIsOnePage() {
        assertThat(new SummaryPages(100).split("Nghị quyết số 18.")).containsExactly("Nghị quyết số 18.");
    }

    @Test
    void emptyTextIsOneEmptyPage() {
        assertThat(new SummaryPages(100).split(null)).containsExactly("");
    }

    @Test
    void breaksBetweenParagraphsBeforeAnythingElse() {
        String p1 = "Mục tiêu tổng quát là tinh gọn bộ máy.";
        String p2 = "Nhiệm vụ cụ thể là sắp xếp lại các đơn vị.";
        List<String> pages = new SummaryPages(60).split(p1 + "\n\n" + p2);
        assertThat(pages).containsExactly(p1, p2);
    }

    @Test
    void longParagraphBreaksAtSentenceThenWord() {
        String text = "Câu thứ nhất nói về bộ máy. Câu thứ hai nói về biên chế và tinh giản. Câu ba.";
        List<String> pages = new SummaryPages(40).split(text);
        assertThat(pages).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(40));
        assertThat(pages.get(0)).isEqualTo("Câu thứ nhất nói về bộ máy.");
        assertThat(String.join(" ", pages)).isEqualTo(text);
    }

    @Test
    void neverExceedsLimitAndLosesNoWords() {
        String text = ("đồng chí đảng viên học tập quán triệt nghị quyết ").repeat(400);
        List<String> pages = new SummaryPages(4096).split(text);
        assertThat(pages).hasSizeGreaterThan(4).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(4096));
        assertThat(String.join(" ", pages)).isEqualTo(text.strip());
    }

    @Test
    void unbreakableTextIsCutHard() {
        String text = "x".repeat(250);
        assertThat(new SummaryPages(100).split(text)).extracting(String::length).containsExactly(100, 100, 50);
    }

    @Test
    void refusesAbsurdPageSize() {
        assertThatThrownBy(() -> new SummaryPages(5)).isInstanceOf(IllegalArgumentException.class);
    }
}

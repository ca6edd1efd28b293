package vn.hoctap.content.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.hoctap.content.document.Section;

/** Every text of the corpus imports, with a real title and body and none of the page furniture. */
class CorpusImportTests {

    private static final Pattern FURNITURE = Pattern.compile("(?iu)ảnh:|cập nhật lúc|lượt xem:|vui lòng nhập|tin liên quan"
            + "|bình luận \\(|chia sẻ bài|gửi bình luận|tin cùng chuyên mục|thưa các đồng chí|\\(GMT\\+7\\)");

    @Test
    void everyCorpusFileImportsCleanly() {
        var corpus = Corpus.load();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(60);
        for (Corpus.Entry e : corpus) {
            var d = e.document();
            assertThat(d.title()).as(e.file()).hasSizeGreaterThan(15).doesNotContain("ket qua").doesNotEndWith(".");
            assertThat(d.sections()).as(e.file()).isNotEmpty();
            for (Section s : d.sections()) {
                assertThat(FURNITURE.matcher(s.text()).find()).as(e.file() + ": " + s.text()).isFalse();
            }
            String last = d.sections().get(d.sections().size() - 1).text().strip();
            assertThat(last).as(e.file() + " ends with a sentence, not a byline").matches("(?s).*[.!?…”\"]$");
        }
    }

    @Test
    void textsDatedInTheirHeaderNeverFallBackToToday() {
        for (Corpus.Entry e : Corpus.load()) {
            assertThat(e.document().issuedOn()).as(e.file()).isNotEqualTo(Corpus.TODAY);
        }
    }
}

package vn.hoctap.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import vn.hoctap.content.document.Section;

/** Questions, misspelt names, folding collisions and news without numbers, on a small library. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchFeaturesTests {

    private LibraryIndex index;

    private static IndexedDocument news(long id, String title, String... sections) {
        List<Section> parts = java.util.stream.IntStream.range(0, sections.length)
                .mapToObj(i -> new Section(1, i == 0 ? "Mở đầu" : "Phần " + i, sections[i])).toList();
        return new IndexedDocument(id, "TIN", "", "Báo Tỉnh", LocalDate.of(2024, 3, 1), title, null, List.of(), parts);
    }

    @BeforeAll
    void build() {
        index = LibraryIndex.build(List.of(
                news(1, "Hội nghị tổng kết công tác tuyên giáo",
                        "Đại biểu hỏi chỉ tiêu năm nay là gì, cần bao nhiêu kinh phí và triển khai như thế nào.",
                        "Đại biểu hỏi thêm là gì, bao nhiêu, như thế nào, rồi hội nghị bế mạc."),
                news(2, "Đồng Tháp nhân rộng chi bộ kiểu mẫu",
                        "Chi bộ kiểu mẫu phải đạt mười tiêu chí về sinh hoạt và vận động nhân dân."),
                news(3, "Tọa đàm về tư tưởng bất bạo động",
                        "Các đại biểu nhắc tới Mahatma Gandhi và phong trào bất bạo động ở Ấn Độ."),
                news(4, "Lực lượng bảo vệ rừng tuần tra", "Tổ bảo vệ rừng tuần tra hằng ngày ở vùng lõi."),
                news(5, "Hỏi đáp về học phí", "Học phí là bao nhiêu? Bao về tận nhà? Bao về tận nơi, bao vé xe."),
                news(6, "Chi bộ kiểu mẫu ở khu dân cư", "Chi bộ kiểu mẫu ở khu dân cư duy trì sinh hoạt đều đặn."),
                news(7, "Sinh hoạt chi bộ kiểu mẫu", "Tiêu chí chi bộ kiểu mẫu gồm chất lượng sinh hoạt chi bộ.",
                        "Chi bộ kiểu mẫu tổ chức sinh hoạt chuyên đề hằng quý.", "Chi bộ kiểu mẫu được biểu dương.")));
    }

    @AfterAll
    void close() throws Exception {
        index.close();
    }

    @Test
    void questionWordsAreNotContent() {
        assertThat(QuestionWords.strip("chi bộ kiểu mẫu là gì?")).isEqualTo("chi bộ kiểu mẫu");
        assertThat(QuestionWords.strip("Nghệ An có bao nhiêu đảng viên")).isEqualTo("Nghệ An có đảng viên");
        assertThat(QuestionWords.strip("hoc tap nhu the nao")).isEqualTo("hoc tap");
        assertThat(QuestionWords.strip("ai đạt giải nhất")).isEqualTo("đạt giải nhất");
        // "bộ máy" folded is "bo may": "may" is left alone, only "mấy" is a question word
        assertThat(QuestionWords.strip("sap xep bo may")).isEqualTo("sap xep bo may");
        assertThat(QuestionWords.strip("là gì")).isEqualTo("là gì");
        assertThat(index.search("tiêu chí chi bộ kiểu mẫu là gì", 5).hits().get(0).documentId()).isNotEqualTo(1);
        assertThat(index.search("kinh phí là bao nhiêu như thế nào", 5).hits().get(0).documentId()).isEqualTo(1);
    }

    @Test
    void aMisspeltNameStillFindsTheDocument() {
        assertThat(index.search("Ghandi", 5).hits()).extracting(SearchHit::documentId).first().isEqualTo(3L);
        assertThat(index.search("mahatma ganhdi", 5).hits()).extracting(SearchHit::documentId).first().isEqualTo(3L);
    }

    @Test
    void aPhraseTypedWithDiacriticsIsNotMetByItsFoldedLookalike() {
        assertThat(index.search("bảo vệ", 5).hits().get(0).documentId()).isEqualTo(4L);
        // typed without diacritics both are plausible, and the real phrase still comes first
        assertThat(index.search("bao ve rung", 5).hits().get(0).documentId()).isEqualTo(4L);
    }

    @Test
    void aPageShowsEachDocumentOnceWithItsOtherSectionsUnderIt() {
        SearchResults r = index.search("chi bộ kiểu mẫu", 10);
        assertThat(r.hits()).extracting(SearchHit::documentId).doesNotHaveDuplicates().contains(2L, 6L, 7L);
        DocumentResult seven = r.documents().stream().filter(d -> d.best().documentId() == 7).findFirst().orElseThrow();
        assertThat(seven.more()).isNotEmpty().allSatisfy(h -> assertThat(h.documentId()).isEqualTo(7L));
        assertThat(seven.best().snippet()).contains("<b>");
        assertThat(seven.best().code()).isEqualTo("Tin bài");
    }

    @Test
    void aLongQueryFindsNothingThroughASyllableMostEntriesContainAlone() throws Exception {
        List<IndexedDocument> docs = new java.util.ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            docs.add(news(100 + i, "Tin " + i, "Báo cáo công tác năm " + i + "."));
        }
        docs.add(news(111, "Tin 11", "Hội nghị bàn về công tác năm nay."));
        docs.add(news(112, "Tin 12", "Công việc khác."));
        try (LibraryIndex own = LibraryIndex.build(docs)) {
            // "cong" and "tac" are in half the entries, "hoi" and "nghi" in one: 112 shares only "cong"
            assertThat(own.search("cong tac hoi nghi", 20).hits()).extracting(SearchHit::documentId)
                    .contains(111L).doesNotContain(112L);
            // every syllable common: the rarest one still counts alone
            assertThat(own.search("cong tac nam bao", 20).hits()).extracting(SearchHit::documentId).contains(101L, 102L);
        }
    }
}

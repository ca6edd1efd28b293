package vn.hoctap.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import vn.hoctap.content.document.Section;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LibraryIndexTests {

    private LibraryIndex index;

    @BeforeAll
    void build() {
        index = LibraryIndex.build(List.of(
                new IndexedDocument(1, "NQ", "18", "TW", LocalDate.of(2017, 10, 25),
                        "Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn",
                        "Sắp xếp bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả.", List.of("Giảm tầng nấc trung gian"),
                        List.of(new Section(1, "I. TÌNH HÌNH", "Bộ máy còn cồng kềnh, nhiều tầng nấc."),
                                new Section(1, "II. NHIỆM VỤ", "Thực hiện nhất thể hóa và kiêm nhiệm một số chức danh lãnh đạo."))),
                new IndexedDocument(2, "NQ", "18", "TW", LocalDate.of(2022, 6, 16),
                        "Về tiếp tục đổi mới, hoàn thiện thể chế, chính sách, nâng cao hiệu lực, hiệu quả quản lý và sử dụng đất",
                        "Hoàn thiện thể chế về đất đai.", List.of(),
                        List.of(new Section(1, "I. QUAN ĐIỂM", "Đất đai là tài nguyên đặc biệt của quốc gia."),
                                new Section(1, "II. GIẢI PHÁP", "Đổi mới công tác quy hoạch sử dụng đất và định giá đất."))),
                new IndexedDocument(3, "KL", "21", "TW", LocalDate.of(2021, 10, 25),
                        "Về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị", null, List.of(),
                        List.of(new Section(1, "I. BIỂU HIỆN", "Ngăn chặn suy thoái, tự diễn biến, tự chuyển hóa trong nội bộ."),
                                new Section(1, "II. XỬ LÝ", "Xử lý nghiêm cán bộ, đảng viên vi phạm."))),
                new IndexedDocument(4, "QĐ", "41", "TW", LocalDate.of(2021, 11, 3), "Về việc miễn nhiệm, từ chức đối với cán bộ",
                        null, List.of(), List.of(new Section(2, "Điều 3. Từ chức", "Cán bộ có thể xin từ chức khi thấy không đủ uy tín.")))));
    }

    @AfterAll
    void close() throws Exception {
        index.close();
    }

    @Test
    void bothDocumentsNumbered18AreFoundByTheirNumber() {
        SearchResults r = index.search("18-NQ/TW", 10);
        assertThat(r.hits()).extracting(SearchHit::documentId).startsWith(1L, 2L).doesNotContain(3L, 4L);
        assertThat(r.hits().get(0).isOverview()).isTrue();
        assertThat(index.search("nghị quyết 18 năm 2022", 5).hits().get(0).documentId()).isEqualTo(2);
    }

    @Test
    void numberInAnyCommonFormComesFirst() {
        for (String q : List.of("ket luan 21", "kl21", "21-KL/TW", "kết luận số 21")) {
            assertThat(index.search(q, 5).hits().get(0).documentId()).as(q).isEqualTo(3);
        }
        assertThat(index.search("quy dinh 41", 5).hits().get(0).documentId()).isEqualTo(4);
    }

    @Test
    void queriesWithoutDiacriticsFindTheBestSection() {
        SearchHit first = index.search("nhat the hoa kiem nhiem", 5).hits().get(0);
        assertThat(first.documentId()).isEqualTo(1);
        assertThat(first.sectionHeading()).isEqualTo("II. NHIỆM VỤ");
        assertThat(first.snippet()).contains("<b>nhất</b> <b>thể</b> <b>hóa</b>");
        assertThat(index.search("quy hoach su dung dat", 5).hits().get(0).sectionHeading()).isEqualTo("II. GIẢI PHÁP");
    }

    @Test
    void decomposedQueryBehavesLikePrecomposed() {
        String nfd = Normalizer.normalize("tự diễn biến", Normalizer.Form.NFD);
        assertThat(index.search(nfd, 5).hits().get(0).sectionHeading()).isEqualTo("I. BIỂU HIỆN");
    }

    @Test
    void numberPlusTopicPrefersTheNumberedDocument() {
        SearchResults r = index.search("nghi quyet 18 tinh gon bo may", 5);
        assertThat(r.hits().get(0).documentId()).isEqualTo(1);
    }

    @Test
    void nothingFoundGivesSuggestionsNotAnError() {
        SearchResults r = index.search("tu chuc mien nhiemm", 5);
        assertThat(index.search("xyzzyqwv", 5).hits()).isEmpty();
        SearchResults typo = index.search("chinh donn dangg", 5);
        assertThat(typo.suggestions()).isNotEmpty();
        assertThat(r.hits()).isNotEmpty();
    }

    @Test
    void hostileOrHugeInputNeverBreaksTheSearch() {
        for (String q : List.of("*:* OR title:(", "\"unbalanced", "a".repeat(20_000), "🙂🙂🙂", "\u0000\u200b", "   ",
                "+-&&||!(){}[]^\"~*?:\\/", "ụ".repeat(500) + " nq 18")) {
            SearchResults r = index.search(q, 5);
            assertThat(r.query().length()).isLessThanOrEqualTo(QueryFactory.MAX_QUERY_CHARS);
        }
    }

    @Test
    void snippetsAreHtmlEscaped() {
        LibraryIndex tricky = LibraryIndex.build(List.of(new IndexedDocument(9, "HD", "1", "TU", LocalDate.of(2020, 1, 1),
                "Hướng dẫn", null, List.of(), List.of(new Section(1, "I.", "Dùng thẻ <script> & ký hiệu để kiểm tra bộ máy.")))));
        String snippet = tricky.search("bo may", 1).hits().get(0).snippet();
        assertThat(snippet).contains("&lt;script&gt;").contains("&amp;").contains("<b>bộ</b>").doesNotContain("<script>");
    }

    @Test
    void documentsImportedOneByOneStayFindableInAFewSegments() throws Exception {
        try (LibraryIndex imported = LibraryIndex.build(List.of())) {
            for (int i = 1; i <= 20; i++) {
                imported.upsert(new IndexedDocument(100 + i, "HD", Integer.toString(i), "TU", LocalDate.of(2020, 1, i),
                        "Hướng dẫn số " + i + " về công tác dân vận", null, List.of(),
                        List.of(new Section(1, "I. NỘI DUNG", "Phát huy vai trò của Mặt trận ở khu dân cư số " + i + "."))));
            }
            // one small segment per import would make every search pay each term lookup twenty times
            assertThat(imported.segmentCount()).isLessThanOrEqualTo(5);
            assertThat(imported.search("hướng dẫn 17", 3).hits().get(0).documentId()).isEqualTo(117);
            assertThat(imported.documentCount()).isEqualTo(20);
        }
    }
}

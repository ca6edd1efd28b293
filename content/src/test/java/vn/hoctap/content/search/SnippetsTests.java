package vn.hoctap.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.hoctap.content.document.Section;

/** Snippets mark what the member searched for, as words, and start cleanly. */
class SnippetsTests {

    private static final String TEXT = "Ở cấp tỉnh, việc tính toán biên chế còn chậm, còn nặng về thủ tục và nhiều tầng nấc trung gian "
            + "khiến việc điều hành kém hiệu quả ở nhiều nơi trong thời gian dài, gây bức xúc cho người dân và doanh nghiệp "
            + "khi đến làm việc. Vì vậy cần tinh gọn bộ máy các cơ quan tham mưu và giảm đầu mối.";

    private SearchHit hit(LibraryIndex index, String query) {
        return index.search(query, 5).hits().stream().filter(h -> !h.isOverview()).findFirst().orElseThrow();
    }

    @Test
    void aQueryWithoutDiacriticsMarksThePhraseNotLookAlikeSyllables() throws Exception {
        try (LibraryIndex index = LibraryIndex.build(List.of(new IndexedDocument(1, "NQ", "99", "TW", LocalDate.of(2020, 1, 1),
                "Về cải cách", null, List.of(), List.of(new Section(1, "I. TÌNH HÌNH", TEXT)))))) {
            String snippet = hit(index, "tinh gon bo may").snippet();
            assertThat(snippet).contains("<b>tinh</b> <b>gọn</b> <b>bộ</b> <b>máy</b>")
                    .doesNotContain("<b>tỉnh</b>", "<b>tính</b>");
            assertThat(hit(index, "tinh").snippet()).contains("<b>tỉnh</b>");
        }
    }

    @Test
    void syllablesThatNeverStandTogetherAreShownButNotMarked() throws Exception {
        String text = "Hợp nhất văn phòng giúp việc của chính quyền cấp tỉnh; việc tính toán gọn nhẹ của bộ phận máy móc được đề cao.";
        try (LibraryIndex index = LibraryIndex.build(List.of(new IndexedDocument(3, "NQ", "97", "TW", LocalDate.of(2020, 1, 1),
                "Về văn phòng", null, List.of(), List.of(new Section(1, "I. VĂN PHÒNG", text)))))) {
            String snippet = hit(index, "tinh gon bo may").snippet();
            assertThat(snippet).contains("cấp tỉnh").doesNotContain("<b>");
        }
    }

    @Test
    void aFragmentCutAfterACommaDoesNotStartWithIt() throws Exception {
        // In the bundled library, 21-NQ/TW's "…, còn nặng về kế hoạch hóa gia đình" is cut right after a comma.
        try (LibraryIndex index = LibraryIndex.build(BundledLibrary.load())) {
            List<String> snippets = new java.util.ArrayList<>();
            for (String query : List.of("tinh gon bo may", "bo may", "ke hoach hoa gia dinh", "con nang")) {
                index.search(query, 20).hits().forEach(h -> snippets.add(h.snippet()));
            }
            assertThat(snippets).anyMatch(sn -> sn.contains("còn nặng"));
            assertThat(snippets).allSatisfy(sn -> assertThat(sn).doesNotStartWith(",").doesNotStartWith(";")
                    .doesNotStartWith(".").doesNotStartWith(":").doesNotStartWith(" "));
        }
    }

    @Test
    void snippetsFromTermVectorsAreThoseOfTheTextAnalysedAgain() throws Exception {
        CorpusLibrary corpus = new CorpusLibrary();
        List<String> queries = new java.util.ArrayList<>(List.of("tinh gon bo may", "18-NQ/TW", "nghị quyết 18", "chinh donn dangg",
                "tự diễn biến", "bảo vệ nền tảng tư tưởng", "con nang", "2017"));
        RelevanceEvaluation.judgements().forEach(j -> queries.add(j.query()));
        RelevanceEvaluation.judgements(RelevanceEvaluation.CORPUS_SET).forEach(j -> queries.add(j.query()));
        try (LibraryIndex index = LibraryIndex.build(corpus.documents())) {
            int marked = 0;
            for (String query : queries) {
                List<String> fromVectors = index.reanalysingSnippets(false).search(query, 10).hits().stream().map(SearchHit::snippet).toList();
                List<String> analysed = index.reanalysingSnippets(true).search(query, 10).hits().stream().map(SearchHit::snippet).toList();
                assertThat(fromVectors).as(query).isEqualTo(analysed);
                marked += (int) fromVectors.stream().filter(sn -> sn.contains("<b>")).count();
            }
            assertThat(marked).isGreaterThan(queries.size());
        }
    }

    @Test
    void aTextOtherThanTheIndexedOneIsNotMarkedFromTheTermVector() throws Exception {
        IndexedDocument d = new IndexedDocument(1, "NQ", "99", "TW", LocalDate.of(2020, 1, 1), "Về cải cách", null, List.of(),
                List.of(new Section(1, "I. TÌNH HÌNH", TEXT)));
        try (var dir = new org.apache.lucene.store.ByteBuffersDirectory();
                var writer = new org.apache.lucene.index.IndexWriter(dir,
                        new org.apache.lucene.index.IndexWriterConfig(Analyzers.of(Analyzers.Kind.FOLDED)))) {
            writer.addDocument(IndexEntries.of(d, 0, "I. TÌNH HÌNH", TEXT, "section"));
            try (var reader = org.apache.lucene.index.DirectoryReader.open(writer)) {
                IndexEntries.Entry entry = IndexEntries.entries(reader, new org.apache.lucene.search.ScoreDoc[] {
                    new org.apache.lucene.search.ScoreDoc(0, 1f)})[0];
                assertThat(entry).isEqualTo(new IndexEntries.Entry(1, 0, TEXT.hashCode()));
                assertThat(IndexEntries.foldedBody(reader.termVectors(), 0, entry, TEXT)).isNotNull();
                assertThat(IndexEntries.foldedBody(reader.termVectors(), 0, entry, TEXT + " Sửa đổi.")).isNull();
            }
        }
    }
}

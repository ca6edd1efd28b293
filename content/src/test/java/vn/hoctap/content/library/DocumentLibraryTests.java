package vn.hoctap.content.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.content.importing.ImportFailedException;
import vn.hoctap.content.search.SearchService;
import vn.hoctap.content.testing.TestDatabase;

/** Import into real PostgreSQL: re-import updates, failures leave nothing, summaries and search follow. */
class DocumentLibraryTests {

    private final TestDatabase database = TestDatabase.perTest();

    private static final String DOC = """
            ---
            type: KH
            number: "28"
            issuer: TU
            issued: 2023-01-10
            title: "Kế hoạch học tập, quán triệt nghị quyết"
            ---
            # I. MỤC ĐÍCH, YÊU CẦU
            Tổ chức học tập, quán triệt nghị quyết đến toàn thể cán bộ, đảng viên trong tỉnh. Mỗi đảng viên viết bài thu hoạch và xây dựng kế hoạch hành động cá nhân.

            # II. NỘI DUNG
            Cấp ủy các cấp tổ chức hội nghị trực tuyến đến các điểm cầu cơ sở. Hoàn thành việc học tập trước ngày 31 tháng 3 năm 2023.
            """;

    private JdbcClient jdbc;
    private DocumentRepository documents;
    private SearchService search;
    private DocumentLibrary library;

    @BeforeEach
    void setUp() {
        var dataSource = database.dataSource();
        jdbc = JdbcClient.create(dataSource);
        documents = new DocumentRepository(jdbc);
        search = new SearchService(documents);
        search.afterSingletonsInstantiated();
        library = new DocumentLibrary(documents, search, new vn.hoctap.content.quiz.QuizRepository(jdbc), new ContentProperties(1500));
    }

    @Test
    void importStoresSectionsGeneratesASummaryAndIsSearchable() {
        ImportResult r = library.importFile("28-kh-tu.md", DOC.getBytes(StandardCharsets.UTF_8));
        assertThat(r.created()).isTrue();
        assertThat(r.sections()).isEqualTo(2);
        assertThat(r.document().summaryGenerated()).isTrue();
        assertThat(r.document().summary()).contains("bài thu hoạch");
        assertThat(documents.sections(r.document().id())).extracting(s -> s.heading())
                .containsExactly("I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG");
        assertThat(search.search("diem cau truc tuyen", 3).hits().get(0).sectionHeading()).isEqualTo("II. NỘI DUNG");
        assertThat(search.search("kế hoạch 28", 3).hits().get(0).documentId()).isEqualTo(r.document().id());
    }

    @Test
    void reimportingUpdatesInsteadOfDuplicating() {
        long id = library.importFile("a.md", DOC.getBytes(StandardCharsets.UTF_8)).document().id();
        ImportResult again = library.importFile("a.md", DOC.replace("điểm cầu cơ sở", "điểm cầu xã, phường").getBytes(StandardCharsets.UTF_8));
        assertThat(again.created()).isFalse();
        assertThat(again.document().id()).isEqualTo(id);
        assertThat(documents.count()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM document_sections").query(Long.class).single()).isEqualTo(2);
        assertThat(search.search("phuong", 3).hits()).isNotEmpty();
    }

    @Test
    void adminSummaryWinsOverAGeneratedOneEvenAfterReimport() {
        long id = library.importFile("a.md", DOC.getBytes(StandardCharsets.UTF_8)).document().id();
        library.replaceSummary(id, "Tóm tắt do ban tuyên giáo viết.");
        library.importFile("a.md", DOC.getBytes(StandardCharsets.UTF_8));
        var doc = documents.findById(id).orElseThrow();
        assertThat(doc.summary()).isEqualTo("Tóm tắt do ban tuyên giáo viết.");
        assertThat(doc.summaryGenerated()).isFalse();
        assertThat(search.search("ban tuyen giao", 3).hits().get(0).documentId()).isEqualTo(id);
    }

    @Test
    void authoredSummaryReplacesAGeneratedOne() {
        long id = library.importFile("a.md", DOC.getBytes(StandardCharsets.UTF_8)).document().id();
        String authored = DOC.replace("title: \"Kế hoạch học tập, quán triệt nghị quyết\"",
                "title: \"Kế hoạch học tập, quán triệt nghị quyết\"\nsummary: \"Tóm tắt chính thức.\"");
        library.importFile("a.md", authored.getBytes(StandardCharsets.UTF_8));
        assertThat(documents.findById(id).orElseThrow().summary()).isEqualTo("Tóm tắt chính thức.");
    }

    @Test
    void aFailingFileLeavesNothingBehind() {
        assertThatThrownBy(() -> library.importFile("hong.docx", "not a docx".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportFailedException.class).hasMessageContaining("hong.docx");
        assertThatThrownBy(() -> library.importFile("rong.md", new byte[0])).hasMessageContaining("rong.md");
        assertThat(documents.count()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM document_sections").query(Long.class).single()).isZero();
    }

    @Test
    void anImportIsFoundAtOnceAndARepeatedQueryIsAnsweredFromTheCache() {
        assertThat(search.search("diem cau truc tuyen", 3).hits()).isEmpty();
        long id = library.importFile("a.md", DOC.getBytes(StandardCharsets.UTF_8)).document().id();
        var found = search.search("diem cau truc tuyen", 3);
        assertThat(found.hits().get(0).documentId()).as("the import dropped the cached empty answer").isEqualTo(id);
        assertThat(search.search("  diem cau   truc tuyen ", 3)).as("same words, same answer object").isSameAs(found);
        assertThat(search.search("diem cau truc tuyen", 2)).isNotSameAs(found);
    }

    @Test
    void anotherInstancesImportIsPickedUp() {
        SearchService other = new SearchService(documents);
        other.afterSingletonsInstantiated();
        long id = library.importFile("a.md", DOC.getBytes(StandardCharsets.UTF_8)).document().id();
        assertThat(other.search("diem cau truc tuyen", 3).hits()).isEmpty();
        other.refreshIfChanged();
        assertThat(other.search("diem cau truc tuyen", 3).hits().get(0).documentId()).isEqualTo(id);
        SearchService restarted = new SearchService(documents);
        restarted.afterSingletonsInstantiated();
        assertThat(restarted.search("kế hoạch 28", 3).hits()).isEqualTo(search.search("kế hoạch 28", 3).hits());
    }

    @Test
    void wholeBundledLibraryImports() {
        var results = library.importBundledLibrary();
        assertThat(results).hasSizeGreaterThanOrEqualTo(10).allSatisfy(r -> assertThat(r.sections()).isGreaterThan(3));
        assertThat(documents.findAll()).filteredOn(d -> d.code().equals("18-NQ/TW")).hasSize(2);
    }
}

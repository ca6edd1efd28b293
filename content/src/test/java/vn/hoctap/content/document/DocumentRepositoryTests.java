package vn.hoctap.content.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoctap.content.testing.TestDatabase;

class DocumentRepositoryTests {

    private final TestDatabase database = TestDatabase.perTest();

    private DocumentRepository documents;

    @BeforeEach
    void freshDatabase() {
        var dataSource = database.dataSource();
        documents = new DocumentRepository(JdbcClient.create(dataSource));
    }

    @Test
    void summaryIsReadAloneAndIsEmptyWhenThereIsNone() {
        var with = documents.save(new NewDocument("NQ", "31", "TW", LocalDate.of(2017, 10, 25), "Có tóm tắt", "Tóm tắt ngắn"));
        var without = documents.save(new NewDocument("NQ", "32", "TW", LocalDate.of(2017, 10, 25), "Không tóm tắt", null));
        assertThat(documents.summaryOf(with.id())).contains("Tóm tắt ngắn");
        assertThat(documents.summaryOf(without.id())).isEmpty();
        assertThat(documents.summaryOf(-1)).isEmpty();
    }

    @Test
    void sameNumberInTwoTermsIsTwoDocuments() {
        var d2017 = documents.save(new NewDocument("NQ", "18", "TW", LocalDate.of(2017, 10, 25), "Tổ chức bộ máy", null));
        var d2022 = documents.save(new NewDocument("NQ", "18", "TW", LocalDate.of(2022, 6, 16), "Đất đai", null));
        assertThat(d2017.id()).isNotEqualTo(d2022.id());
        assertThat(d2017.code()).isEqualTo("18-NQ/TW").isEqualTo(d2022.code());
        assertThat(documents.count()).isEqualTo(2);
    }

    @Test
    void savingTheSameIdentityAgainUpdatesInPlace() {
        var first = documents.save(new NewDocument("NQ", "19", "TW", LocalDate.of(2017, 10, 25), "Cũ", "Tóm tắt cũ"));
        var second = documents.save(new NewDocument("NQ", "19", "TW", LocalDate.of(2017, 10, 25), "Mới", "Tóm tắt mới"));
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(documents.findById(first.id())).get().extracting(Document::title).isEqualTo("Mới");
        assertThat(documents.count()).isEqualTo(1);
    }

    @Test
    void decomposedInputIsStoredAsNfc() {
        String decomposed = Normalizer.normalize("Nghị quyết", Normalizer.Form.NFD);
        var doc = documents.save(new NewDocument("NQ", "21", "TW", LocalDate.of(2017, 10, 25), decomposed, decomposed));
        assertThat(doc.title()).isEqualTo("Nghị quyết").hasSize(10);
        assertThat(doc.summary()).isEqualTo("Nghị quyết");
    }

    @Test
    void unnumberedTextsOfOneSourceAndDayAreToldApartByTitle() {
        LocalDate day = LocalDate.of(2024, 3, 8);
        var first = documents.save(new NewDocument("TIN", "", "Báo Nghệ An", day, "Nghệ An quán triệt nghị quyết", null));
        var second = documents.save(new NewDocument("TIN", null, "Báo Nghệ An", day, "Nghệ An kết nạp đảng viên", null));
        var again = documents.save(new NewDocument("TIN", "", "Báo Nghệ An", day, "Nghệ An quán triệt nghị quyết", "Tóm tắt"));

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.summary()).isEqualTo("Tóm tắt");
        assertThat(first.code()).isEqualTo("Tin bài");
        assertThat(documents.exists(new NewDocument("TIN", "", "Báo Nghệ An", day, "Nghệ An kết nạp đảng viên", null))).isTrue();
        assertThat(documents.exists(new NewDocument("TIN", "", "Báo Nghệ An", day, "Một tin khác", null))).isFalse();
        assertThat(documents.count()).isEqualTo(2);
    }
}

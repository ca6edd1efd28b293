package vn.hoctap.content.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.hoctap.content.document.NewDocument;
import vn.hoctap.content.document.Section;

/**
 * News articles, reports, outlines and speeches import without a document number: title, date and
 * source from the text when it has them, else from the hints and the file name.
 */
class FreeTextImportTests {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);
    private static final String BODY = "Ban Tuyên giáo Tỉnh ủy cho biết toàn tỉnh có 43.297 đảng viên đã học tập, đạt 98,3%. "
            + "Các chi bộ còn chậm phải tổ chức học bù trước ngày 15/6.";

    private final DocumentReaders readers = new DocumentReaders();

    private NewDocument read(String name, String text, ImportHints hints) {
        return readers.read(name, text.getBytes(StandardCharsets.UTF_8), hints);
    }

    private NewDocument read(String name, String text) {
        return read(name, text, new ImportHints(null, null, null, TODAY));
    }

    @Test
    void newsArticleWithoutNumberTakesHeadlineDateAndSourceFromTheText() {
        NewDocument d = read("tin.txt", "Thứ Ba, 14/11/2023 08:15\nNghệ An: 98,3% đảng viên đã học tập nghị quyết\n"
                + "Lượt xem: 1.204\n" + BODY + "\nHải Yến\nNguồn: Báo Nghệ An\nTin liên quan\nMột tin khác không liên quan\n");

        assertThat(d.type()).isEqualTo("TIN");
        assertThat(d.number()).isEmpty();
        assertThat(d.code()).isEqualTo("Tin bài");
        assertThat(d.title()).isEqualTo("Nghệ An: 98,3% đảng viên đã học tập nghị quyết");
        assertThat(d.issuedOn()).isEqualTo(LocalDate.of(2023, 11, 14));
        assertThat(d.issuer()).isEqualTo("Báo Nghệ An");
        assertThat(d.sections()).containsExactly(new Section(1, "Mở đầu", BODY));
    }

    @Test
    void whatTheTextLacksComesFromTheFormThenTheFileName() {
        String untitled = BODY + "\n" + BODY.replace("43.297", "12.000");
        NewDocument fromForm = read("x.txt", untitled, new ImportHints("Kết quả học tập", LocalDate.of(2024, 3, 2), "Báo Hà Tĩnh", TODAY));
        assertThat(fromForm.title()).isEqualTo("Kết quả học tập");
        assertThat(fromForm.issuedOn()).isEqualTo(LocalDate.of(2024, 3, 2));
        assertThat(fromForm.issuer()).isEqualTo("Báo Hà Tĩnh");

        NewDocument fromName = read("2024-03-05-ket-qua-hoc-tap.txt", untitled);
        assertThat(fromName.title()).isEqualTo("Ket qua hoc tap");
        assertThat(fromName.issuedOn()).isEqualTo(LocalDate.of(2024, 3, 5));

        assertThat(read("ket-qua.txt", untitled).issuedOn()).isEqualTo(TODAY);
    }

    @Test
    void numberedReportWithoutSectionsKeepsItsNumberAndType() {
        NewDocument d = read("bc.txt", "HUYỆN ỦY ĐỨC THỌ\nSố 301-BC/HU\nĐức Thọ, ngày 8 tháng 3 năm 2024\nBÁO CÁO\n"
                + "kết quả hội nghị học tập trực tuyến\n" + BODY + "\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nPhan Đình Tuấn\n");
        assertThat(d.code()).isEqualTo("301-BC/HU");
        assertThat(d.issuedOn()).isEqualTo(LocalDate.of(2024, 3, 8));
        assertThat(d.title()).isEqualTo("Báo cáo kết quả hội nghị học tập trực tuyến");
        assertThat(d.sections()).extracting(Section::text).containsExactly(BODY);
    }

    @Test
    void outlineAndSpeechAreRecognisedByTheirTypeLine() {
        NewDocument outline = read("dc.txt", "ĐỀ CƯƠNG TUYÊN TRUYỀN\nNhận diện thông tin sai trái trên mạng\nTháng 1 năm 2025\n"
                + "1. Các thủ đoạn\n" + BODY + "\n2. Cách nhận diện\n" + BODY + "\n");
        assertThat(outline.type()).isEqualTo("ĐC");
        assertThat(outline.title()).isEqualTo("Nhận diện thông tin sai trái trên mạng");
        assertThat(outline.issuedOn()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(outline.sections()).extracting(Section::heading).containsExactly("1. Các thủ đoạn", "2. Cách nhận diện");

        NewDocument speech = read("pb.txt", "BÀI PHÁT BIỂU\ncủa đồng chí Bí thư Tỉnh ủy tại hội nghị\nNgày 25 tháng 10 năm 2024\n"
                + "Thưa các đồng chí,\n" + BODY + "\n");
        assertThat(speech.type()).isEqualTo("PB");
        assertThat(speech.title()).isEqualTo("Bài phát biểu của đồng chí Bí thư Tỉnh ủy tại hội nghị");
        assertThat(speech.sections()).extracting(Section::text).containsExactly(BODY);
    }

    @Test
    void newsSubHeadlinesBecomeSections() {
        NewDocument d = read("tin.txt", "Hội nghị quán triệt nghị quyết\n" + BODY + "\nYêu cầu viết bài thu hoạch\n" + BODY + "\n");
        assertThat(d.sections()).extracting(Section::heading).containsExactly("Mở đầu", "Yêu cầu viết bài thu hoạch");
    }

    @Test
    void aResolutionWithoutNumberIsStillRefused() {
        String noNumber = OfficialSamples.text().replace("Số 18-NQ/TW", "");
        assertThatThrownBy(() -> read("nq.txt", noNumber)).hasMessageContaining("cannot find the document number");
    }

    @Test
    void textWithNoBodyIsRefusedWithAClearReason() {
        assertThatThrownBy(() -> read("rong.txt", "Tiêu đề\nLượt xem: 10\n")).isInstanceOf(ImportFailedException.class)
                .hasMessageStartingWith("rong.txt: the text has no body");
    }

    @Test
    void markdownNewsNeedsNoNumberAndNamesItsSource() {
        NewDocument d = read("tin.md", "---\ntype: TIN\nsource: Báo Quảng Bình\nissued: 2023-10-18\ntitle: Đảng viên đi đầu chống lũ\n---\n"
                + BODY + "\n\nẢnh: Đảng viên giúp dân. Ảnh: Hoàng Hải\nHoàng Hải\n");
        assertThat(d.code()).isEqualTo("Tin bài");
        assertThat(d.issuer()).isEqualTo("Báo Quảng Bình");
        assertThat(d.sections()).extracting(Section::text).containsExactly(BODY);
    }
}

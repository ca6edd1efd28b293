package vn.hoctap.content.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.hoctap.content.document.NewDocument;
import vn.hoctap.content.document.Section;

/** Header fields and section structure read from party documents as published. */
class OfficialTextParserTests {

    private static final String HEADER = OfficialSamples.SHORT_HEADER;

    @Test
    void readsTheHeader() {
        NewDocument doc = OfficialTextParser.parse(OfficialSamples.text());

        assertThat(doc.type()).isEqualTo("NQ");
        assertThat(doc.number()).isEqualTo("18");
        assertThat(doc.issuer()).isEqualTo("TW");
        assertThat(doc.issuedOn()).isEqualTo(LocalDate.of(2017, 10, 25));
        assertThat(doc.term()).isEqualTo("XII");
        assertThat(doc.plenum()).isEqualTo(6);
        assertThat(doc.title()).isEqualTo(OfficialSamples.TITLE);
    }

    @Test
    void acceptsColonAfterSoAndQdWithoutDbarAndDateWithoutPlace() {
        NewDocument doc = OfficialTextParser.parse("""
                BỘ CHÍNH TRỊ
                Số: 41-QD/TW
                ngày 3 tháng 11 năm 2021
                QUY ĐỊNH
                về công tác miễn nhiệm, từ chức đối với cán bộ
                Điều 1. Phạm vi điều chỉnh
                Quy định này quy định về miễn nhiệm, từ chức.
                """);

        assertThat(doc.code()).isEqualTo("41-QĐ/TW");
        assertThat(doc.issuedOn()).isEqualTo(LocalDate.of(2021, 11, 3));
        assertThat(doc.title()).isEqualTo("về công tác miễn nhiệm, từ chức đối với cán bộ");
        assertThat(doc.term()).isNull();
        assertThat(doc.plenum()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "HỘI NGHỊ LẦN THỨ SÁU BAN CHẤP HÀNH TRUNG ƯƠNG KHOÁ XII | 6 | XII",
            "HỘI NGHỊ LẦN THỨ MƯỜI LĂM BAN CHẤP HÀNH TRUNG ƯƠNG KHÓA XI | 15 | XI",
            "HỘI NGHỊ LẦN THỨ MƯỜI MỘT BAN CHẤP HÀNH TRUNG ƯƠNG KHÓA XIII | 11 | XIII",
            "Hội nghị Trung ương 6 khoá XIII | 6 | XIII",
            "Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng khóa XIII | 8 | XIII",
            "HỘI NGHỊ BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG LẦN THỨ TƯ khoá XII | 4 | XII"})
    void readsPlenumAndTermInWordsOrDigits(String meeting, int plenum, String term) {
        NewDocument doc = OfficialTextParser.parse(HEADER.replace("NGHỊ QUYẾT\n", "NGHỊ QUYẾT\n" + meeting + "\n")
                + "I. MỤC TIÊU\nTinh gọn bộ máy.\n");

        assertThat(doc.plenum()).isEqualTo(plenum);
        assertThat(doc.term()).isEqualTo(term);
        assertThat(doc.title()).isEqualTo("Một số vấn đề về tổ chức bộ máy");
    }

    @ParameterizedTest
    @CsvSource({"Số 05-CT/TW, CT, TW", "Số 08-QĐi/TW, QĐi, TW", "Số 12-KH/BTGTW, KH, BTGTW", "Số 3-HD/ĐU, HD, ĐU",
            "Số 07-CTr/TU, CTr, TU", "Số 21-KL/TW, KL, TW"})
    void numberGivesTypeAndIssuerEvenWhenTheTypeLineDiffers(String number, String type, String issuer) {
        NewDocument doc = OfficialTextParser.parse(HEADER.replace("Số 18-NQ/TW", number) + "1. Mục tiêu\nTinh gọn.\n");

        assertThat(doc.type()).isEqualTo(type);
        assertThat(doc.issuer()).isEqualTo(issuer);
    }

    @Test
    void romanNumberedAndLetteredHeadingsNestAndOwnTheTextBelowThem() {
        NewDocument doc = OfficialTextParser.parse(OfficialSamples.text());

        assertThat(doc.sections()).extracting(Section::level, Section::heading).startsWith(
                tuple(1, "I. TÌNH HÌNH VÀ NGUYÊN NHÂN"), tuple(2, "1. Kết quả đạt được"), tuple(2, "2. Hạn chế, yếu kém"),
                tuple(1, "II. QUAN ĐIỂM, MỤC TIÊU"), tuple(2, "1. Quan điểm"),
                tuple(3, "a) Đảng thống nhất lãnh đạo xây dựng tổ chức bộ máy của hệ thống chính trị."));
        assertThat(doc.sections().get(0).text()).isEmpty();
        assertThat(doc.sections().get(2).text()).startsWith("Bộ máy còn cồng kềnh");
    }

    @Test
    void stopsAtTheSignatureBlock() {
        NewDocument doc = OfficialTextParser.parse(OfficialSamples.text());

        Section last = doc.sections().get(doc.sections().size() - 1);
        assertThat(last.heading()).isEqualTo("III. NHIỆM VỤ VÀ GIẢI PHÁP");
        assertThat(last.text()).isEqualTo("Đẩy mạnh thực hiện nhất thể hoá, kiêm nhiệm một số chức danh trong hệ thống chính trị.");
    }

    @Test
    void stopsAtNoiNhanWhenThereIsNoTM() {
        NewDocument doc = OfficialTextParser.parse(HEADER + "1. Mục tiêu\nTinh gọn bộ máy.\nNơi nhận:\n- Như trên,\n"
                + "K/T BÍ THƯ\n2. Không phải mục\n");

        assertThat(doc.sections()).containsExactly(new Section(1, "1. Mục tiêu", "Tinh gọn bộ máy."));
    }

    @Test
    void regulationHasChaptersAndArticlesWithClausesInTheArticleText() {
        NewDocument doc = OfficialTextParser.parse(HEADER.replace("NGHỊ QUYẾT", "QUY ĐỊNH") + """
                Chương I
                NHỮNG QUY ĐỊNH CHUNG
                Điều 1. Phạm vi điều chỉnh
                1. Quy định này quy định về miễn nhiệm.
                2. Áp dụng với cán bộ:
                a) thuộc diện Trung ương quản lý;
                b) thuộc diện cấp ủy quản lý.
                Điều 2. Giải thích từ ngữ
                Miễn nhiệm là việc thôi giữ chức vụ.
                CHƯƠNG II. MIỄN NHIỆM
                Điều 3.
                Các trường hợp xem xét miễn nhiệm.
                T/M BỘ CHÍNH TRỊ
                """);

        assertThat(doc.sections()).extracting(Section::level, Section::heading).containsExactly(
                tuple(1, "Chương I. NHỮNG QUY ĐỊNH CHUNG"), tuple(2, "Điều 1. Phạm vi điều chỉnh"),
                tuple(2, "Điều 2. Giải thích từ ngữ"), tuple(1, "CHƯƠNG II. MIỄN NHIỆM"), tuple(2, "Điều 3."));
        assertThat(doc.sections().get(1).text()).isEqualTo("1. Quy định này quy định về miễn nhiệm.\n2. Áp dụng với cán bộ:\n"
                + "a) thuộc diện Trung ương quản lý;\nb) thuộc diện cấp ủy quản lý.");
        assertThat(doc.sections().get(4).text()).isEqualTo("Các trường hợp xem xét miễn nhiệm.");
    }

    @Test
    void longNumberedParagraphIsTextNotHeading() {
        String paragraph = "2. Các cấp ủy, tổ chức đảng " + "tổ chức quán triệt, triển khai thực hiện nghiêm túc, ".repeat(5)
                + "báo cáo kết quả về Ban Bí thư.";
        NewDocument doc = OfficialTextParser.parse(HEADER + "1. Mục tiêu\nTinh gọn.\n" + paragraph + "\n");

        assertThat(paragraph.length()).isGreaterThan(HeadingLine.MAX_HEADING_LENGTH);
        assertThat(doc.sections()).hasSize(1);
        assertThat(doc.sections().get(0).text()).isEqualTo("Tinh gọn.\n" + paragraph);
    }

    @Test
    void directiveMadeOnlyOfLongNumberedParagraphsIsCutAtThem() {
        String one = "1. Các cấp ủy, tổ chức đảng " + "tiếp tục quán triệt sâu sắc, tổ chức thực hiện nghiêm túc, ".repeat(4)
                + "gắn với nhiệm vụ chính trị của địa phương.";
        String two = "2. Cán bộ, đảng viên, trước hết là người đứng đầu " + "phải gương mẫu, nói đi đôi với làm, ".repeat(6)
                + "thực hiện nghiêm túc.";
        NewDocument doc = OfficialTextParser.parse("""
                BAN CHẤP HÀNH TRUNG ƯƠNG
                Số: 05-CT/TW
                Hà Nội, ngày 15 tháng 5 năm 2016
                CHỈ THỊ
                CỦA BỘ CHÍNH TRỊ
                Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh

                Sau gần 10 năm thực hiện Chỉ thị số 03-CT/TW, việc học tập và làm theo Bác đã đạt được kết quả quan trọng.
                Bộ Chính trị yêu cầu:
                """ + one + "\n" + two + "\nT/M BỘ CHÍNH TRỊ\n");

        assertThat(doc.code()).isEqualTo("05-CT/TW");
        assertThat(doc.title()).isEqualTo("Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh");
        assertThat(doc.sections()).extracting(Section::level, Section::heading)
                .containsExactly(tuple(1, "Mở đầu"), tuple(1, "1."), tuple(1, "2."));
        assertThat(doc.sections().get(1).text()).isEqualTo(one.substring(3));
        assertThat(doc.sections().get(2).text()).isEqualTo(two.substring(3));
    }

    @Test
    void initialsAtTheStartOfALineAreNotRomanHeadings() {
        NewDocument doc = OfficialTextParser.parse(HEADER + """
                I. LÝ LUẬN
                V. I. Lênin đã chỉ rõ vai trò của đảng cách mạng.
                C. Mác và Ph. Ăngghen đặt nền móng cho chủ nghĩa xã hội khoa học.
                II. THỰC TIỄN
                """);

        assertThat(doc.sections()).extracting(Section::heading).containsExactly("I. LÝ LUẬN", "II. THỰC TIỄN");
        assertThat(doc.sections().get(0).text()).startsWith("V. I. Lênin").contains("\nC. Mác");
    }

    @Test
    void proseBetweenTitleAndFirstHeadingBecomesIntroduction() {
        NewDocument doc = OfficialTextParser.parse(HEADER + """
                -----
                Sau 5 năm thực hiện Nghị quyết, công tác sắp xếp bộ máy đã đạt nhiều kết quả quan trọng.
                Bộ Chính trị kết luận như sau:
                1. Mục tiêu
                Tinh gọn.
                """);

        assertThat(doc.sections().get(0)).isEqualTo(new Section(1, "Mở đầu", "Sau 5 năm thực hiện Nghị quyết, công tác"
                + " sắp xếp bộ máy đã đạt nhiều kết quả quan trọng.\nBộ Chính trị kết luận như sau:"));
        assertThat(doc.sections().get(1).heading()).isEqualTo("1. Mục tiêu");
    }
}

package vn.hoctap.content.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sentences end at their end, not at an abbreviation, an initial, a number or a list marker. */
class VietnameseSentencesTests {

    @Test
    void numbersWithThousandsDotsAndDecimalCommasDoNotEndASentence() {
        assertThat(VietnameseSentences.split("Có 43.297 đảng viên đã học, đạt 98,3%. Số còn lại học bù trong tháng 12."))
                .containsExactly("Có 43.297 đảng viên đã học, đạt 98,3%.", "Số còn lại học bù trong tháng 12.");
    }

    @Test
    void abbreviationsAndInitialsDoNotEndASentence() {
        assertThat(VietnameseSentences.split("Đ/c. Nguyễn Văn A phát biểu. PGS.TS. Lê Đình Sơn kiến nghị lập quỹ. "
                + "Học thuyết của V.I. Lênin được nhắc lại. Ban Chấp hành TW. Đảng đã ban hành nghị quyết."))
                .containsExactly("Đ/c. Nguyễn Văn A phát biểu.", "PGS.TS. Lê Đình Sơn kiến nghị lập quỹ.",
                        "Học thuyết của V.I. Lênin được nhắc lại.", "Ban Chấp hành TW. Đảng đã ban hành nghị quyết.");
    }

    @Test
    void aDocumentNumberAtTheEndStillEndsTheSentence() {
        assertThat(VietnameseSentences.split("Hội nghị quán triệt Nghị quyết số 18-NQ/TW. Đây là nghị quyết quan trọng."))
                .hasSize(2);
    }

    @Test
    void aLeadInEndingWithAColonKeepsItsList() {
        String text = "Đồng chí Bí thư khẳng định:\n- Hoàn thành học tập trước ngày 30/11;\n- Mỗi chi bộ báo cáo kết quả.\n"
                + "Hội nghị bế mạc lúc 11 giờ.";
        assertThat(VietnameseSentences.units(text)).containsExactly(
                "Đồng chí Bí thư khẳng định: Hoàn thành học tập trước ngày 30/11; Mỗi chi bộ báo cáo kết quả.",
                "Hội nghị bế mạc lúc 11 giờ.");
    }

    @Test
    void aLeadInIsJoinedWithTheParagraphThatFollowsIt() {
        assertThat(VietnameseSentences.units("Phát biểu chỉ đạo, đồng chí Bí thư nhấn mạnh:\nPhải học thực chất, không hình thức."))
                .containsExactly("Phát biểu chỉ đạo, đồng chí Bí thư nhấn mạnh: Phải học thực chất, không hình thức.");
    }

    @Test
    void aLeadInWithNothingAfterItIsDropped() {
        assertThat(VietnameseSentences.units("Nội dung gồm:")).isEmpty();
    }
}

package vn.hoctap.content.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Page furniture around a pasted news article goes; the article's own sentences stay, in order. */
class TextCleanerTests {

    private static final String PROSE_1 = "Sáng 13/11, Tỉnh ủy tổ chức hội nghị trực tuyến học tập nghị quyết tới 312 điểm cầu "
            + "với hơn 21.500 cán bộ, đảng viên tham dự.";
    private static final String PROSE_2 = "Đồng chí Phó Bí thư Thường trực yêu cầu hoàn thành việc học tập trước ngày 30/11 "
            + "và mỗi đảng viên viết một bài thu hoạch.";

    @Test
    void dropsCaptionsTimestampsCountersSharingAndTheCommentForm() {
        String page = String.join("\n", "Thứ Ba, 14/11/2023 08:15 (GMT+7)", "Cập nhật lúc 07:48 ngày 14/11/2023",
                "Lượt xem: 2.418", PROSE_1, "Ảnh: Quang cảnh hội nghị tại điểm cầu Tỉnh ủy. Ảnh: Thanh Hà", "Chia sẻ",
                "Facebook", "Zalo", PROSE_2, "Thanh Hà", "Tin liên quan", "Hà Tĩnh khai mạc lớp bồi dưỡng báo cáo viên năm 2023",
                "Ý kiến bạn đọc", "Vui lòng nhập tên của bạn ở đây", "Gửi bình luận");

        assertThat(TextCleaner.clean(page)).isEqualTo(PROSE_1 + "\n" + PROSE_2);
    }

    @Test
    void removesAnInlinePhotoCreditButKeepsTheSentence() {
        assertThat(TextCleaner.clean(PROSE_1 + " (Ảnh: Minh Hương)")).isEqualTo(PROSE_1);
    }

    @Test
    void keepsShortLinesOfRealTextAndListItems() {
        String text = String.join("\n", PROSE_1, "Hội nghị yêu cầu:", "- Hoàn thành học tập trước ngày 30/11;",
                "- Mỗi chi bộ báo cáo kết quả.", PROSE_2);
        assertThat(TextCleaner.clean(text)).isEqualTo(text);
    }

    @Test
    void aTrailerMarkerBeforeAnyProseIsNotAnEnd() {
        // "Xem thêm" as the first line is a menu item, not the end of an article that has not started yet
        assertThat(TextCleaner.clean("Xem thêm\n" + PROSE_1)).isEqualTo(PROSE_1);
    }

    @Test
    void findsTheSourceLine() {
        assertThat(TextCleaner.source(List.of(PROSE_1, "Huỳnh Lâm", "Theo baocamau.vn"))).contains("baocamau.vn");
        assertThat(TextCleaner.source(List.of(PROSE_1, "Nguồn: Báo Nghệ An."))).contains("Báo Nghệ An");
        assertThat(TextCleaner.source(List.of(PROSE_1))).isEmpty();
    }
}

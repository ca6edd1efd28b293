package vn.hoctap.content.importing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Test helper: a resolution laid out as the Central Committee publishes it, with a header, a
 * Roman/numbered/lettered body and a signature block, as text, .docx and .pdf.
 */
final class OfficialSamples {

    static final String TITLE = "Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị "
            + "tinh gọn, hoạt động hiệu lực, hiệu quả";

    /** Just enough header for the parser: number, date, type line and title. */
    static final String SHORT_HEADER = """
            BAN CHẤP HÀNH TRUNG ƯƠNG
            Số 18-NQ/TW
            ĐẢNG CỘNG SẢN VIỆT NAM
            Hà Nội, ngày 25 tháng 10 năm 2017
            NGHỊ QUYẾT
            Một số vấn đề về tổ chức bộ máy
            """;

    static final List<String> HEADER_LEFT = List.of("BAN CHẤP HÀNH TRUNG ƯƠNG", "*", "Số 18-NQ/TW");
    static final List<String> HEADER_RIGHT = List.of("ĐẢNG CỘNG SẢN VIỆT NAM", "---------------",
            "Hà Nội, ngày 25 tháng 10 năm 2017");

    static final List<String> BODY = List.of(
            "",
            "NGHỊ QUYẾT",
            "HỘI NGHỊ LẦN THỨ SÁU BAN CHẤP HÀNH TRUNG ƯƠNG KHOÁ XII",
            TITLE,
            "-----",
            "I. TÌNH HÌNH VÀ NGUYÊN NHÂN",
            "1. Kết quả đạt được",
            "Qua hơn 30 năm đổi mới, tổ chức bộ máy của hệ thống chính trị đã từng bước được sắp xếp, kiện toàn.",
            "Chức năng, nhiệm vụ của nhiều cơ quan được xác định rõ hơn.",
            "2. Hạn chế, yếu kém",
            "Bộ máy còn cồng kềnh, nhiều tầng nấc, nhiều đầu mối; chức năng, nhiệm vụ còn chồng chéo.",
            "II. QUAN ĐIỂM, MỤC TIÊU",
            "1. Quan điểm",
            "a) Đảng thống nhất lãnh đạo xây dựng tổ chức bộ máy của hệ thống chính trị.",
            "b) Đổi mới phải tổng thể, đồng bộ, liên thông, có kế thừa, ổn định.",
            "2. Mục tiêu",
            "Đến năm 2021 giảm tối thiểu 10% biên chế so với năm 2015.",
            "III. NHIỆM VỤ VÀ GIẢI PHÁP",
            "Đẩy mạnh thực hiện nhất thể hoá, kiêm nhiệm một số chức danh trong hệ thống chính trị.",
            "",
            "T/M BAN CHẤP HÀNH TRUNG ƯƠNG",
            "TỔNG BÍ THƯ",
            "Nguyễn Phú Trọng",
            "Nơi nhận:",
            "- Các tỉnh uỷ, thành uỷ,",
            "- Lưu Văn phòng Trung ương Đảng.");

    static final List<String> HEADINGS = List.of("I. TÌNH HÌNH VÀ NGUYÊN NHÂN", "1. Kết quả đạt được",
            "2. Hạn chế, yếu kém", "II. QUAN ĐIỂM, MỤC TIÊU", "1. Quan điểm",
            "a) Đảng thống nhất lãnh đạo xây dựng tổ chức bộ máy của hệ thống chính trị.",
            "b) Đổi mới phải tổng thể, đồng bộ, liên thông, có kế thừa, ổn định.", "2. Mục tiêu",
            "III. NHIỆM VỤ VÀ GIẢI PHÁP");

    private OfficialSamples() {
    }

    /** The resolution as a plain text file: the header columns one after the other, then the body. */
    static String text() {
        return text(BODY);
    }

    static String text(List<String> body) {
        List<String> lines = new ArrayList<>(HEADER_LEFT);
        lines.addAll(HEADER_RIGHT);
        lines.addAll(body);
        return String.join("\n", lines) + "\n";
    }

    static byte[] txt() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] docx() {
        return TestFiles.docx(HEADER_LEFT, HEADER_RIGHT, BODY);
    }

    static byte[] pdf() {
        return TestFiles.pdf(HEADER_LEFT, HEADER_RIGHT, BODY);
    }
}

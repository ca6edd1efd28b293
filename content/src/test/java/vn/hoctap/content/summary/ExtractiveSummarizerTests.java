package vn.hoctap.content.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.hoctap.content.document.Section;

class ExtractiveSummarizerTests {

    private static final List<Section> DOCUMENT = List.of(
            new Section(1, "I. TÌNH HÌNH VÀ NGUYÊN NHÂN", "Thời gian qua, công tác sắp xếp tổ chức bộ máy đạt một số kết quả bước đầu. "
                    + "Tuy nhiên bộ máy của hệ thống chính trị vẫn còn cồng kềnh, nhiều tầng nấc, nhiều đầu mối. "
                    + "Nguyên nhân chủ yếu là nhận thức của một số cấp ủy chưa đầy đủ."),
            new Section(1, "II. MỤC TIÊU", "Mục tiêu là tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả. "
                    + "Đến năm 2021 giảm tối thiểu 10% biên chế so với năm 2015. "
                    + "Mục tiêu là tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực và hiệu quả."),
            new Section(1, "III. NHIỆM VỤ VÀ GIẢI PHÁP", "Đẩy mạnh thực hiện nhất thể hóa, kiêm nhiệm một số chức danh trong hệ thống chính trị. "
                    + "Sắp xếp tổ chức bộ máy gắn với tinh giản biên chế và cơ cấu lại đội ngũ cán bộ. "
                    + "Ok."));

    @Test
    void prefersObjectivesAndTasksOverTheSituationReport() {
        String summary = new ExtractiveSummarizer(3000).summarize(DOCUMENT);
        assertThat(summary).contains("Đến năm 2021 giảm tối thiểu 10% biên chế").doesNotContain("Nguyên nhân chủ yếu");
        // a short document gets a short summary, whatever the budget
        assertThat(summary.length()).isLessThanOrEqualTo(ExtractiveSummarizer.MIN_CHARS);
    }

    @Test
    void dropsNearDuplicateSentences() {
        String summary = new ExtractiveSummarizer(3000).summarize(DOCUMENT);
        assertThat(summary.split("hoạt động hiệu lực", -1)).hasSize(2);
    }

    @Test
    void keepsTheOriginalOrder() {
        String summary = new ExtractiveSummarizer(3000).summarize(DOCUMENT);
        assertThat(summary.indexOf("Thời gian qua")).isZero();
        assertThat(summary.indexOf("Đến năm 2021")).isPositive().isLessThan(summary.indexOf("cơ cấu lại đội ngũ"));
    }

    @Test
    void fitsTelegramsLimitOnALongDocument() {
        String[] subjects = {"Cấp ủy", "Chính quyền", "Mặt trận", "Đoàn thanh niên", "Hội phụ nữ", "Hội nông dân",
            "Ngành giáo dục", "Ngành y tế", "Lực lượng vũ trang", "Doanh nghiệp nhà nước"};
        String[] actions = {"tổ chức học tập, quán triệt nghị quyết", "xây dựng chương trình hành động", "rà soát quy hoạch cán bộ",
            "kiện toàn bộ máy tinh gọn", "đẩy mạnh chuyển đổi số", "tăng cường kiểm tra, giám sát", "phát huy dân chủ ở cơ sở",
            "nâng cao chất lượng sinh hoạt chi bộ", "tinh giản biên chế", "cải cách thủ tục hành chính"};
        String[] scopes = {"ở cơ sở", "trong toàn tỉnh", "tại các xã vùng cao", "ở khu vực đô thị", "trong khối doanh nghiệp",
            "trong lực lượng vũ trang", "ở các trường học", "ở bệnh viện tuyến huyện", "trong các hội quần chúng", "ở thôn, tổ dân phố"};
        List<Section> sections = new java.util.ArrayList<>();
        for (int s = 0; s < 10; s++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 10; i++) {
                text.append(subjects[s]).append(" ").append(actions[i]).append(" ").append(scopes[(i + s) % 10])
                        .append(", bảo đảm tiến độ và chất lượng đã đề ra. ");
            }
            sections.add(new Section(1, "Nhiệm vụ " + s, text.toString()));
        }
        String summary = new ExtractiveSummarizer(3500).summarize(sections);
        assertThat(summary.length()).isBetween(1000, 3500);
    }

    @Test
    void documentWithoutProseGivesAnEmptySummary() {
        assertThat(new ExtractiveSummarizer(500).summarize(List.of(new Section(1, "I.", "Ok.")))).isEmpty();
    }

    @Test
    void refusesAbsurdBudget() {
        assertThatThrownBy(() -> new ExtractiveSummarizer(10)).isInstanceOf(IllegalArgumentException.class);
    }
}

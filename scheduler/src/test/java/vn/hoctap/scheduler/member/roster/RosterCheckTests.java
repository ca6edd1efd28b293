package vn.hoctap.scheduler.member.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.scheduler.member.roster.RosterFixtures.HEADER;
import static vn.hoctap.scheduler.member.roster.RosterFixtures.csv;
import static vn.hoctap.scheduler.member.roster.RosterFixtures.xlsx;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.hoctap.content.testing.TestDatabase;

/** Checking roster rows: what each mistake an admin makes is reported as, without any write. */
class RosterCheckTests {

    private final TestDatabase database = TestDatabase.perTest();

    private RosterFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new RosterFixtures(database.dataSource());
    }

    @Test
    void checkingACleanFileReportsAllRowsValidAndWritesNothing() {
        RosterReport report = fx.roster.check("a.csv", csv(HEADER, fx.fiveRows()));

        assertThat(report).isEqualTo(new RosterReport(5, 5, 0, 0, 5, List.of()));
        assertThat(fx.memberCount()).isZero();
    }

    @Test
    void semicolonCsvWithBomAndVietnameseHeadersIsRead() {
        String header = Normalizer.normalize("\uFEFFSTT;Mã Đảng Viên;Họ và tên;Chi bộ;Trạng thái", Normalizer.Form.NFD);
        byte[] file = csv(header, List.of("1;DV-1;Nguyễn Văn An;Chi bộ 2;hoạt động", "2;DV-2;Trần, Thị Bình;Chi bộ 2;"));

        RosterReport report = fx.roster.importRoster("a.CSV", file, false);

        assertThat(report).isEqualTo(new RosterReport(2, 2, 2, 0, 0, List.of()));
        assertThat(fx.members()).containsEntry("DV-2", "Trần, Thị Bình|" + fx.cell2 + "|ACTIVE");
    }

    @Test
    void duplicateCardNumbersInsideTheFileAreBothReported() {
        List<String> rows = List.of("DV-1,A,Chi bộ 2,", "DV-2,B,Chi bộ 2,", "DV-1,C,Chi bộ 2,");

        assertThat(fx.roster.check("a.csv", csv(HEADER, rows)).problems()).containsExactly(
                new RowProblem(2, "ma_dang_vien", "Mã đảng viên trùng với dòng 4"),
                new RowProblem(4, "ma_dang_vien", "Mã đảng viên trùng với dòng 2"));
    }

    @Test
    void anAmbiguousUnitNameAsksForTheUnitId() {
        RosterReport report = fx.roster.check("a.csv", csv(HEADER, List.of("DV-1,A,Chi bộ 1,")));

        assertThat(report.problems()).containsExactly(new RowProblem(2, "don_vi",
                "Có 2 đơn vị tên «Chi bộ 1» (mã " + fx.cell1A + ", " + fx.cell1B + "): hãy ghi mã đơn vị thay cho tên"));
    }

    @Test
    void unknownUnitsAreNamedAndANearMissIsSuggested() {
        List<String> rows = List.of("DV-1,A,Chi bộ X,", "DV-2,B,chi bo 2,", "DV-3,C,987654,");

        assertThat(fx.roster.check("a.csv", csv(HEADER, rows)).problems()).extracting(RowProblem::message).containsExactly(
                "Không tìm thấy đơn vị «Chi bộ X»", "Không tìm thấy đơn vị «chi bo 2» (có phải «Chi bộ 2»?)",
                "Không tìm thấy đơn vị có mã 987654");
    }

    @Test
    void everyProblemOfEveryRowIsCollectedWithTheFileHeaderAsColumn() {
        String header = "Mã ĐV,Họ tên,Đơn vị";
        List<String> rows = List.of(",,Chi bộ 9", "DV 1," + "x".repeat(201) + ",Chi bộ 2", "ok-1.2,Tên,");

        assertThat(fx.roster.check("a.csv", csv(header, rows)).problems()).containsExactly(
                new RowProblem(2, "Mã ĐV", "Thiếu mã đảng viên"), new RowProblem(2, "Họ tên", "Thiếu họ tên"),
                new RowProblem(2, "Đơn vị", "Không tìm thấy đơn vị «Chi bộ 9»"),
                new RowProblem(3, "Mã ĐV", "Mã đảng viên «DV 1» không hợp lệ: chỉ gồm chữ, số, dấu «-» và «.»"),
                new RowProblem(3, "Họ tên", "Họ tên dài quá 200 ký tự (201 ký tự)"),
                new RowProblem(4, "Đơn vị", "Thiếu đơn vị"));
    }

    @Test
    void blankRowsAreSkippedAndRowNumbersAreTheSpreadsheetOnes() {
        byte[] file = csv(HEADER, List.of("DV-1,A,Chi bộ 2,", "", ",,,", "DV-2,,Chi bộ 2,"));
        RosterReport report = fx.roster.check("a.csv", file);
        assertThat(report.rowsRead()).isEqualTo(2);
        assertThat(report.problems()).containsExactly(new RowProblem(5, "ho_ten", "Thiếu họ tên"));

        byte[] workbook = xlsx(new Object[] {"Danh sách đảng viên"}, new Object[] {},
                HEADER.split(","), new Object[] {930123456789L, "A", fx.cell2}, new Object[] {"DV-2", null, "Chi bộ 2"});
        RosterReport fromXlsx = fx.roster.importRoster("a.xlsx", workbook, true);
        assertThat(fromXlsx.problems()).contains(new RowProblem(5, "ho_ten", "Thiếu họ tên"));
        assertThat(fx.members()).containsKey("930123456789");
    }

    @Test
    void aMissingRequiredColumnIsNamed() {
        RosterReport report = fx.roster.check("a.csv", csv("ma_dang_vien,ten,don_vi", List.of("DV-1,A,Chi bộ 2")));

        assertThat(report.problems()).containsExactly(new RowProblem(RowProblem.FILE, "ho_ten",
                "Thiếu cột «ho_ten» (họ tên) ở dòng tiêu đề"));
        assertThat(report.rowsRead()).isZero();
    }

    @Test
    void garbageBytesNamedXlsxAreAFileProblem() {
        RosterReport report = fx.roster.importRoster("dang-vien.xlsx", "not a workbook \0\1\2".getBytes(StandardCharsets.ISO_8859_1), true);

        assertThat(report.problems()).containsExactly(
                RowProblem.file("Không đọc được tệp Excel: tệp bị hỏng hoặc không phải tệp .xlsx"));
    }

    @Test
    void wrongExtensionEmptyFileHeaderOnlyAndNonUtf8AreFileProblems() {
        assertThat(fileProblem("dang-vien.pdf", csv(HEADER, fx.fiveRows()))).contains("«dang-vien.pdf»");
        assertThat(fileProblem("dang-vien.xls", new byte[] {1})).contains(".xls");
        assertThat(fileProblem("a.csv", new byte[0])).contains("trống");
        assertThat(fileProblem("a.csv", "\r\n ; \r\n".getBytes(StandardCharsets.UTF_8))).contains("trống");
        assertThat(fileProblem("a.csv", (HEADER + "\r\n").getBytes(StandardCharsets.UTF_8))).contains("không có dòng đảng viên");
        byte[] windows1258 = "ma_dang_vien,ho_ten,don_vi\r\nDV-1,Nguy\u00EAn,Chi b\u00F4".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(fileProblem("a.csv", windows1258)).contains("UTF-8");
        assertThat(fileProblem("a.csv", csv(HEADER, List.of("DV-1,\"Nguyễn,Chi bộ 2,")))).contains("ngoặc kép");
        assertThat(fileProblem("a.csv", xlsx(HEADER.split(",")))).contains("đổi đuôi thành .xlsx");
    }

    private String fileProblem(String name, byte[] content) {
        RosterReport report = fx.roster.check(name, content);
        assertThat(report.problems()).hasSize(1).allMatch(RowProblem::isFileProblem);
        assertThat(report.rowsRead()).isZero();
        return report.problems().get(0).message();
    }
}

package vn.hoctap.scheduler.member.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.scheduler.member.roster.RosterFixtures.HEADER;
import static vn.hoctap.scheduler.member.roster.RosterFixtures.csv;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.hoctap.content.testing.TestDatabase;

/**
 * Roster files are streamed and bounded: a 400,000-row workbook (the size that exhausted the heap
 * when the whole workbook was loaded) is refused with a clear message, a file at the limit is read.
 */
class RosterLimitsTests {

    private final TestDatabase database = TestDatabase.perTest();
    private RosterFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new RosterFixtures(database.dataSource());
    }

    @Test
    void aFourHundredThousandRowWorkbookIsRefusedWithTheLimitInsteadOfExhaustingMemory() throws Exception {
        byte[] huge = workbook(400_000);
        assertThat(huge.length).isGreaterThan(8_000_000);

        RosterReport report = fx.roster.check("ca-tinh.xlsx", huge);

        assertThat(report.problems()).containsExactly(RowProblem.file("Tệp có hơn 100.000 dòng: hãy chia danh sách thành nhiều tệp, "
                + "mỗi tệp tối đa 100.000 dòng"));
        assertThat(fx.memberCount()).isZero();
    }

    @Test
    void aCsvOverTheLimitIsRefusedToo() {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < RosterFiles.MAX_ROWS + 5; i++) {
            rows.add("DV-" + i + ",Người " + i + ",Chi bộ 2,");
        }
        assertThat(fx.roster.check("a.csv", csv(HEADER, rows)).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("Tệp có hơn 100.000 dòng"));
    }

    /** A roster workbook of {@code rows} member rows, written streaming so the test itself stays small. */
    private static byte[] workbook(int rows) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.setCompressTempFiles(true);
            Sheet sheet = wb.createSheet("Đảng viên");
            String[] header = HEADER.split(",");
            Row h = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("DV-" + r);
                row.createCell(1).setCellValue("Nguyễn Văn Thành " + r + " (thôn Đông " + (r % 97) + ")");
                row.createCell(2).setCellValue("Chi bộ 2");
                row.createCell(3).setCellValue(r % 50 == 0 ? "đã chuyển sinh hoạt" : "hoạt động");
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        }
    }
}

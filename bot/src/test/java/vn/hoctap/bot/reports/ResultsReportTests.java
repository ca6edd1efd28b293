package vn.hoctap.bot.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.bot.testing.CampaignFixture;
import vn.hoctap.scheduler.campaign.Campaign;

/**
 * The results report of a campaign per unit: figures by child unit and in total, as JSON, CSV (Vietnamese
 * Excel and comma variants) and the filed XLSX layout, checked with POI and rendered to PNG through
 * LibreOffice into {@code bot/target/screenshots/}.
 */
class ResultsReportTests extends BotIntegrationTest {

    private static final AtomicLong bases = new AtomicLong(5_000_000_000L);

    @Test
    void reportCountsEachCellAndTotalsInEveryFormat() throws Exception {
        CampaignFixture f = new CampaignFixture(jdbc, units, documents, campaigns, bases.addAndGet(10_000_000));
        List<Long> chats = f.members(10);
        Campaign c = withoutJobs(() -> f.campaign(Instant.now().minusSeconds(60), Duration.ofDays(5), false));
        long assignment = jdbc.sql("SELECT id FROM assignments WHERE campaign_id = :c").param("c", c.id()).query(Long.class).single();
        // Cell A (even members 2,4,...,10): three studied; one of them passed the quiz and submitted a reflection.
        for (long chat : List.of(chats.get(1), chats.get(3), chats.get(5))) {
            jdbc.sql("INSERT INTO confirmations (member_id, assignment_id) VALUES (:m, :a)").param("m", f.memberWithChat(chat))
                    .param("a", assignment).update();
        }
        long star = f.memberWithChat(chats.get(1));
        jdbc.sql("INSERT INTO quiz_attempts (member_id, assignment_id, mode, total, score, passed, finished_at) VALUES (:m, :a, 'INLINE', 3, 3, true, now())")
                .param("m", star).param("a", assignment).update();
        jdbc.sql("INSERT INTO reflections (member_id, assignment_id, reflection, reflection_at, plan, plan_at) VALUES (:m, :a, 'x', now(), 'y', now())")
                .param("m", star).param("a", assignment).update();
        // Cell B (odd): one studied; one member has left and is not counted.
        jdbc.sql("INSERT INTO confirmations (member_id, assignment_id) VALUES (:m, :a)").param("m", f.memberWithChat(chats.get(0)))
                .param("a", assignment).update();
        jdbc.sql("UPDATE members SET status = 'LEFT' WHERE id = :m").param("m", f.memberWithChat(chats.get(2))).update();

        String json = get("/api/reports/units/" + f.commune + "?campaign=" + c.id() + "&format=json").body();
        assertThat(json).contains("\"name\":\"Chi bộ thôn Đông\"", "\"members\":5,\"studied\":3,\"quizPassed\":1,\"reflections\":1");
        assertThat(json).contains("\"name\":\"Chi bộ thôn Tây\"", "\"members\":4,\"studied\":1,\"quizPassed\":0,\"reflections\":0");
        assertThat(json).contains("\"members\":9,\"studied\":4");

        HttpResponse<String> csv = get("/api/reports/units/" + f.commune + "?campaign=" + c.id() + "&format=csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment", ".csv");
        // Excel on a Vietnamese Windows: semicolons and decimal commas.
        assertThat(csv.body()).startsWith("\uFEFFSTT;Đơn vị;Tổng số đảng viên")
                .contains("1;Chi bộ thôn Đông;5;3;60,0;1;1;2", "2;Chi bộ thôn Tây;4;1;25,0;0;0;3", ";Tổng cộng;9;4;44,4;1;1;5");
        assertThat(get("/api/reports/units/" + f.commune + "?campaign=" + c.id() + "&format=csv-comma").body())
                .startsWith("\uFEFFSTT,Đơn vị,Tổng số đảng viên").contains("1,Chi bộ thôn Đông,5,3,60.0,1,1,2", ",Tổng cộng,9,4,44.4,1,1,5");

        long secretary = members.create(f.commune, "Nguyễn Thị Bí Thư").id();
        jdbc.sql("INSERT INTO unit_roles (unit_id, member_id, role) VALUES (:u, :m, 'SECRETARY')").param("u", f.commune)
                .param("m", secretary).update();
        jdbc.sql("UPDATE members SET status = 'LEFT' WHERE id = :m").param("m", secretary).update(); // not counted, still signs
        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(request("/api/reports/units/" + f.commune + "?campaign=" + c.id()),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            // The two-column heading: committees and number on the left, the party and place/date on the right.
            assertThat(text(sheet, 0, 0)).isEqualTo("ĐẢNG BỘ HUYỆN TIÊN PHONG");
            assertThat(text(sheet, 1, 0)).isEqualTo("ĐẢNG BỘ XÃ HÒA BÌNH");
            assertThat(text(sheet, 3, 0)).startsWith("Số:").endsWith("-BC/ĐU");
            assertThat(text(sheet, 0, 3)).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM");
            assertThat(sheet.getRow(0).getCell(3).getCellStyle().getFontIndex()).isNotNull();
            assertThat(book.getFontAt(sheet.getRow(0).getCell(3).getCellStyle().getFontIndex()).getUnderline()).isEqualTo(Font.U_SINGLE);
            assertThat(text(sheet, 1, 3)).matches("…, ngày \\d{2} tháng \\d{2} năm \\d{4}");
            assertThat(sheet.getMergedRegions()).anyMatch(r -> r.getFirstRow() == 0 && r.getFirstColumn() == 3 && r.getLastColumn() == 7);
            assertThat(text(sheet, 5, 0)).isEqualTo("BÁO CÁO");
            assertThat(text(sheet, 6, 0)).isEqualTo("Kết quả học tập, quán triệt: " + c.name());
            assertThat(text(sheet, 7, 0)).startsWith("Thời gian thực hiện: từ ngày ");
            // The bordered table with centred, wrapped headers, then the totals.
            Row header = sheet.getRow(9);
            assertThat(List.of(0, 1, 2, 3, 4, 5, 6, 7)).map(i -> header.getCell(i).getStringCellValue()).containsExactly("STT", "Đơn vị",
                    "Tổng số đảng viên", "Đã học tập, quán triệt", "Tỉ lệ (%)", "Đạt bài kiểm tra", "Nộp bài thu hoạch", "Chưa hoàn thành");
            CellStyle h = header.getCell(3).getCellStyle();
            assertThat(h.getAlignment()).isEqualTo(HorizontalAlignment.CENTER);
            assertThat(h.getWrapText()).isTrue();
            assertThat(List.of(h.getBorderTop(), h.getBorderBottom(), h.getBorderLeft(), h.getBorderRight())).containsOnly(BorderStyle.THIN);
            assertThat(text(sheet, 10, 1)).isEqualTo("Chi bộ thôn Đông");
            assertThat(sheet.getRow(10).getCell(4).getNumericCellValue()).isEqualTo(60.0);
            assertThat(sheet.getRow(10).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0");
            assertThat(sheet.getRow(11).getCell(7).getCellStyle().getBorderRight()).isEqualTo(BorderStyle.THIN);
            assertThat(text(sheet, 12, 1)).isEqualTo("Tổng cộng");
            assertThat(sheet.getRow(12).getCell(2).getNumericCellValue()).isEqualTo(9.0);
            // "Nơi nhận" and the signature block.
            assertThat(text(sheet, 14, 0)).isEqualTo("Nơi nhận:");
            assertThat(text(sheet, 15, 0)).contains("Đảng bộ huyện Tiên Phong");
            assertThat(text(sheet, 14, 3)).isEqualTo("T/M BAN THƯỜNG VỤ");
            assertThat(text(sheet, 15, 3)).isEqualTo("BÍ THƯ");
            assertThat(text(sheet, 19, 3)).isEqualTo("Nguyễn Thị Bí Thư");
            // Print: A4 landscape, fit to one page wide, the header row repeated on every page.
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getLandscape()).isTrue();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(print.getFitHeight()).isZero();
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("10:10"));
        }
        ReportRendering.toPng(xlsx.body(), "report-commune");

        // A cell's report lists its members and their standing.
        HttpResponse<byte[]> cellReport = HttpClient.newHttpClient().send(request("/api/reports/units/" + f.cellA + "?campaign=" + c.id()),
                HttpResponse.BodyHandlers.ofByteArray());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(cellReport.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(text(sheet, 3, 0)).endsWith("-BC/CB");
            assertThat(text(sheet, 9, 1)).isEqualTo("Họ và tên");
            assertThat(text(sheet, 9, 6)).isEqualTo("Tình trạng");
            List<String> lines = new java.util.ArrayList<>();
            for (int r = 10; r < 15; r++) {
                lines.add(text(sheet, r, 1) + "|" + text(sheet, r, 3) + "|" + text(sheet, r, 6));
            }
            assertThat(lines).contains("Đảng viên số 2|x|Đã hoàn thành", "Đảng viên số 6|x|Đã hoàn thành", "Đảng viên số 8||Chưa mở tài liệu")
                    .anyMatch(l -> l.endsWith("||Chưa mở tài liệu"));
            assertThat(text(sheet, 15, 1)).isEqualTo("Tổng cộng: 5 đảng viên");
            assertThat(text(sheet, 17, 3)).isEqualTo("T/M CHI BỘ");
        }
        ReportRendering.toPng(cellReport.body(), "report-cell");
        assertThat(get("/api/reports/units/" + f.commune + "?campaign=999999999&format=json").statusCode()).isEqualTo(404);
        assertThat(get("/api/reports/units/" + f.commune + "?campaign=" + c.id() + "&format=pdf").statusCode()).isEqualTo(400);
    }

    private static String text(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        return r == null || r.getCell(column) == null ? "" : r.getCell(column).getStringCellValue();
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", "Bearer " + ADMIN_TOKEN).build();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(request(path), HttpResponse.BodyHandlers.ofString());
    }
}

package vn.hoctap.bot.reports;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;

import vn.hoctap.scheduler.stats.CampaignResults;
import vn.hoctap.scheduler.unit.Unit;
import vn.hoctap.scheduler.unit.UnitLevel;

/**
 * The results report as party committees file it: the two-column heading (committees and number on
 * the left; "ĐẢNG CỘNG SẢN VIỆT NAM" and place and date on the right), the title, campaign and period,
 * a bordered table with centred wrapped headers and a totals row, then "Nơi nhận" and the signature
 * block (T/M …, BÍ THƯ). Printed on A4 landscape, fitted to the page width, header rows repeated on
 * every page. A cell's report lists its members with their standing instead of child units.
 */
final class OfficialReport extends A4Report {

    static final List<String> UNIT_HEADERS = List.of("STT", "Đơn vị", "Tổng số đảng viên", "Đã học tập, quán triệt", "Tỉ lệ (%)",
            "Đạt bài kiểm tra", "Nộp bài thu hoạch", "Chưa hoàn thành");
    static final List<String> MEMBER_HEADERS = List.of("STT", "Họ và tên", "Mã đảng viên", "Đã học tập, quán triệt", "Đạt bài kiểm tra",
            "Nộp bài thu hoạch", "Tình trạng");
    private static final int[] UNIT_WIDTHS = {6, 38, 13, 15, 10, 13, 13, 13};
    private static final int[] MEMBER_WIDTHS = {6, 30, 16, 15, 13, 13, 32};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CellStyle plain = style(false, false, false, HorizontalAlignment.CENTER, false);
    private final CellStyle bold = style(true, false, false, HorizontalAlignment.CENTER, false);
    private final CellStyle italic = style(false, true, false, HorizontalAlignment.CENTER, false);
    private final CellStyle boldUnderlined = style(true, false, true, HorizontalAlignment.CENTER, false);
    private final CellStyle header = style(true, false, false, HorizontalAlignment.CENTER, true);
    private final CellStyle text = style(false, false, false, HorizontalAlignment.LEFT, true);
    private final CellStyle number = style(false, false, false, HorizontalAlignment.CENTER, true);
    private final CellStyle percent = style(false, false, false, HorizontalAlignment.CENTER, true);
    private final CellStyle totalText = style(true, false, false, HorizontalAlignment.CENTER, true);
    private final CellStyle totalNumber = style(true, false, false, HorizontalAlignment.CENTER, true);
    private final CellStyle totalPercent = style(true, false, false, HorizontalAlignment.CENTER, true);
    private final CellStyle left = style(false, false, false, HorizontalAlignment.LEFT, false);
    private final CellStyle leftBoldItalic = style(true, true, false, HorizontalAlignment.LEFT, false);
    private int columns;

    private OfficialReport() {
        super("Báo cáo");
        short oneDecimal = book.createDataFormat().getFormat("0.0");
        percent.setDataFormat(oneDecimal);
        totalPercent.setDataFormat(oneDecimal);
    }

    static byte[] write(CampaignResults.Report report, ReportContext context, LocalDate today, ZoneId zone) {
        OfficialReport r = new OfficialReport();
        boolean cell = report.children().isEmpty();
        r.columns = cell ? MEMBER_HEADERS.size() : UNIT_HEADERS.size();
        int[] widths = cell ? MEMBER_WIDTHS : UNIT_WIDTHS;
        for (int i = 0; i < widths.length; i++) {
            r.sheet.setColumnWidth(i, widths[i] * 256);
        }
        int row = r.heading(report.total().unit(), context, today);
        row = r.title(row, report, zone);
        int headerRow = row;
        row = cell ? r.memberTable(row, report, context) : r.unitTable(row, report);
        r.closing(row + 1, report.total().unit(), context);
        r.printSetup(headerRow);
        return r.bytes();
    }

    private int heading(Unit unit, ReportContext context, LocalDate today) {
        int split = 3;
        merged(0, 0, split - 1, context.superiorName() == null ? "" : context.superiorName().toUpperCase(Locale.ROOT), plain);
        merged(0, split, columns - 1, "ĐẢNG CỘNG SẢN VIỆT NAM", boldUnderlined);
        merged(1, 0, split - 1, unit.name().toUpperCase(Locale.ROOT), bold);
        merged(1, split, columns - 1, "…, ngày " + two(today.getDayOfMonth()) + " tháng " + two(today.getMonthValue()) + " năm "
                + today.getYear(), italic);
        merged(2, 0, split - 1, "*", plain);
        merged(3, 0, split - 1, "Số:      -BC/" + abbreviation(unit), plain);
        return 5;
    }

    private int title(int row, CampaignResults.Report report, ZoneId zone) {
        CellStyle big = style(true, false, false, HorizontalAlignment.CENTER, false);
        Font font = book.createFont();
        font.setFontName("Times New Roman");
        font.setBold(true);
        font.setFontHeightInPoints((short) 14);
        big.setFont(font);
        merged(row, 0, columns - 1, "BÁO CÁO", big);
        merged(row + 1, 0, columns - 1, "Kết quả học tập, quán triệt: " + report.campaignName(), bold);
        merged(row + 2, 0, columns - 1, "Thời gian thực hiện: từ ngày " + DAY.format(report.startsAt().atZone(zone)) + " đến ngày "
                + DAY.format(report.deadline().atZone(zone)), italic);
        return row + 4;
    }

    private int unitTable(int row, CampaignResults.Report report) {
        headerRow(row, UNIT_HEADERS, header);
        int r = row + 1;
        for (int i = 0; i < report.children().size(); i++) {
            unitLine(r++, Integer.toString(i + 1), report.children().get(i), false);
        }
        unitLine(r, "", report.total(), true);
        return r + 1;
    }

    private void unitLine(int rowIndex, String stt, CampaignResults.Line l, boolean total) {
        Row row = sheet.createRow(rowIndex);
        cell(row, 0, stt, total ? totalText : number);
        cell(row, 1, total ? "Tổng cộng" : l.unit().name(), total ? totalText : text);
        double[] values = {l.members(), l.studied(), l.studiedPercent(), l.quizPassed(), l.reflections(), l.notDone()};
        for (int i = 0; i < values.length; i++) {
            var c = row.createCell(i + 2);
            c.setCellValue(values[i]);
            c.setCellStyle(i == 2 ? (total ? totalPercent : percent) : (total ? totalNumber : number));
        }
    }

    private int memberTable(int row, CampaignResults.Report report, ReportContext context) {
        headerRow(row, MEMBER_HEADERS, header);
        int r = row + 1;
        int n = 1;
        for (ReportContext.MemberLine m : context.members()) {
            Row line = sheet.createRow(r++);
            cell(line, 0, Integer.toString(n++), number);
            cell(line, 1, m.fullName(), text);
            cell(line, 2, m.externalRef() == null ? "" : m.externalRef(), number);
            cell(line, 3, m.studied() ? "x" : "", number);
            cell(line, 4, m.quizPassed() ? "x" : "", number);
            cell(line, 5, m.reflection() ? "x" : "", number);
            cell(line, 6, m.status(), text);
        }
        Row total = sheet.createRow(r);
        CampaignResults.Line t = report.total();
        cell(total, 0, "", totalText);
        cell(total, 1, "Tổng cộng: " + t.members() + " đảng viên", totalText);
        cell(total, 2, "", totalText);
        cell(total, 3, t.studied() + " (" + String.format(Locale.ROOT, "%.1f", t.studiedPercent()).replace('.', ',') + "%)", totalText);
        cell(total, 4, Long.toString(t.quizPassed()), totalText);
        cell(total, 5, Long.toString(t.reflections()), totalText);
        cell(total, 6, "Chưa hoàn thành: " + t.notDone(), totalText);
        return r + 1;
    }

    private void closing(int row, Unit unit, ReportContext context) {
        int split = 3;
        sheetRow(row).createCell(0).setCellValue("Nơi nhận:");
        sheetRow(row).getCell(0).setCellStyle(leftBoldItalic);
        sheetRow(row + 1).createCell(0).setCellValue("- " + (context.superiorName() == null ? "Cấp ủy cấp trên" : context.superiorName())
                + " (để báo cáo),");
        sheetRow(row + 2).createCell(0).setCellValue("- Lưu văn phòng cấp ủy.");
        sheetRow(row + 1).getCell(0).setCellStyle(left);
        sheetRow(row + 2).getCell(0).setCellStyle(left);
        merged(row, split, columns - 1, "T/M " + (unit.level() == UnitLevel.CELL ? "CHI BỘ" : "BAN THƯỜNG VỤ"), bold);
        merged(row + 1, split, columns - 1, "BÍ THƯ", bold);
        merged(row + 5, split, columns - 1, context.secretaryName() == null ? "" : context.secretaryName(), bold);
    }

    /** The report number's suffix: ĐU (a committee), CB (a cell). */
    private static String abbreviation(Unit unit) {
        return switch (unit.level()) {
            case PROVINCE -> "TU";
            case DISTRICT -> "HU";
            case COMMUNE -> "ĐU";
            case CELL -> "CB";
        };
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

}

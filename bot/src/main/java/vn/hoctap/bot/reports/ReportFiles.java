package vn.hoctap.bot.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import vn.hoctap.scheduler.stats.CampaignResults;

/**
 * Writes the results report in the layout such reports use: a title block, then one row per child
 * unit (STT, đơn vị, tổng số đảng viên, đã học tập, tỉ lệ, đạt bài kiểm tra, nộp bài thu hoạch, chưa
 * hoàn thành) and a total row; as XLSX for printing and CSV (UTF-8 with BOM, so Excel reads the
 * diacritics) for further processing.
 */
@Component
class ReportFiles {

    static final List<String> HEADERS = List.of("STT", "Đơn vị", "Tổng số đảng viên", "Đã học tập, quán triệt", "Tỉ lệ (%)",
            "Đạt bài kiểm tra", "Nộp bài thu hoạch", "Chưa hoàn thành");
    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The report as a download, {@code format} "csv" or "xlsx"; the file name names unit and campaign. */
    ResponseEntity<byte[]> download(CampaignResults.Report report, String format, LocalDate today) {
        String base = "bao-cao-ket-qua-" + report.total().unit().id() + "-" + report.campaignId();
        boolean csv = "csv".equals(format);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(base + (csv ? ".csv" : ".xlsx")).build().toString())
                .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : XLSX)
                .body(csv ? csv(report).getBytes(StandardCharsets.UTF_8) : xlsx(report, today));
    }

    byte[] xlsx(CampaignResults.Report report, LocalDate today) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Báo cáo");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            title(sheet, 0, "BÁO CÁO KẾT QUẢ HỌC TẬP, QUÁN TRIỆT", bold);
            title(sheet, 1, report.campaignName(), bold);
            title(sheet, 2, report.total().unit().name() + " — ngày " + DATE.format(today), null);
            Row header = sheet.createRow(4);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
                header.getCell(i).setCellStyle(bold);
            }
            int r = 5;
            for (int i = 0; i < report.children().size(); i++) {
                line(sheet.createRow(r++), Integer.toString(i + 1), report.children().get(i));
            }
            Row total = sheet.createRow(r);
            line(total, "", report.total());
            total.getCell(1).setCellValue("Tổng cộng");
            total.forEach(c -> c.setCellStyle(bold));
            for (int i = 0; i < HEADERS.size(); i++) {
                sheet.setColumnWidth(i, i == 1 ? 40 * 256 : 16 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String csv(CampaignResults.Report report) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADERS.toArray(String[]::new)).get())) {
            for (int i = 0; i < report.children().size(); i++) {
                csv.printRecord(values(Integer.toString(i + 1), report.children().get(i)));
            }
            List<Object> total = values("", report.total());
            total.set(1, "Tổng cộng");
            csv.printRecord(total);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void title(Sheet sheet, int row, String text, CellStyle style) {
        Row r = sheet.createRow(row);
        r.createCell(0).setCellValue(text);
        if (style != null) {
            r.getCell(0).setCellStyle(style);
        }
        sheet.addMergedRegion(new CellRangeAddress(row, row, 0, HEADERS.size() - 1));
    }

    private static void line(Row row, String number, CampaignResults.Line l) {
        List<Object> v = values(number, l);
        for (int i = 0; i < v.size(); i++) {
            Object value = v.get(i);
            if (value instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else {
                row.createCell(i).setCellValue(String.valueOf(value));
            }
        }
    }

    private static List<Object> values(String number, CampaignResults.Line l) {
        return new java.util.ArrayList<>(List.of(number, l.unit().name(), l.members(), l.studied(), l.studiedPercent(), l.quizPassed(),
                l.reflections(), l.notDone()));
    }
}

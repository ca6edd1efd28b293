package vn.hoctap.bot.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An A4 landscape sheet as offices print reports (Times New Roman 12, thin borders in tables, the
 * header row repeated on every page), with the helpers a report is laid out with.
 */
abstract class A4Report {

    protected final XSSFWorkbook book = new XSSFWorkbook();
    protected final Sheet sheet;

    A4Report(String sheetName) {
        this.sheet = book.createSheet(sheetName);
    }

    void printSetup(int headerRow) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, 0.6);
        sheet.setMargin(Sheet.RightMargin, 0.5);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }

    void headerRow(int rowIndex, List<String> headers, CellStyle header) {
        Row row = sheet.createRow(rowIndex);
        row.setHeightInPoints(48);
        for (int i = 0; i < headers.size(); i++) {
            cell(row, i, headers.get(i), header);
        }
    }

    void merged(int rowIndex, int from, int to, String value, CellStyle style) {
        Row row = sheetRow(rowIndex);
        row.createCell(from).setCellValue(value);
        row.getCell(from).setCellStyle(style);
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, from, to));
        }
    }

    Row sheetRow(int index) {
        Row row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }

    static void cell(Row row, int column, String value, CellStyle style) {
        var c = row.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    CellStyle style(boolean isBold, boolean isItalic, boolean underline, HorizontalAlignment align, boolean bordered) {
        CellStyle s = book.createCellStyle();
        Font font = book.createFont();
        font.setFontName("Times New Roman");
        font.setFontHeightInPoints((short) 12);
        font.setBold(isBold);
        font.setItalic(isItalic);
        if (underline) {
            font.setUnderline(Font.U_SINGLE);
        }
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        if (bordered) {
            s.setWrapText(true);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }

    byte[] bytes() {
        try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

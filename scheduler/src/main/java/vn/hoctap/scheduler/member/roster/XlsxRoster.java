package vn.hoctap.scheduler.member.roster;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of a roster workbook as the admin sees it: cells as displayed, formulas
 * by their last computed value, except whole numbers in "General" format (card numbers, unit ids),
 * which Excel would show as 9,30123E+11 but are taken with all their digits.
 */
final class XlsxRoster {

    private XlsxRoster() {
    }

    static List<RosterTable.Row> read(byte[] content) throws RosterFileException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                return List.of();
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            formatter.setUseCachedValuesForFormulaCells(true);
            List<RosterTable.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    Cell cell = row.getCell(i, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
                    cells.add(cell == null ? "" : text(cell, formatter));
                }
                rows.add(new RosterTable.Row(row.getRowNum() + 1, cells));
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new RosterFileException("Không đọc được tệp Excel: tệp bị hỏng hoặc không phải tệp .xlsx", e);
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && "General".equals(cell.getCellStyle().getDataFormatString())
                && !DateUtil.isCellDateFormatted(cell)) {
            double value = cell.getNumericCellValue();
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
        }
        return formatter.formatCellValue(cell);
    }
}

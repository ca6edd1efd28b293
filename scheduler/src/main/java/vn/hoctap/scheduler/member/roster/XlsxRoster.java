package vn.hoctap.scheduler.member.roster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of a roster workbook as the admin sees it: cells as displayed, formulas
 * by their last computed value, except whole numbers in "General" format (card numbers, unit ids),
 * which Excel would show as 9,30123E+11 but are taken with all their digits.
 * <p>
 * Streamed (POI's SAX reader over the zip on disk), never a whole workbook in memory, and it stops
 * at {@link RosterFiles#MAX_ROWS}: a 400,000-row file is refused in seconds with a clear message
 * instead of exhausting the heap.
 */
final class XlsxRoster {

    private XlsxRoster() {
    }

    static List<RosterTable.Row> read(byte[] content) throws RosterFileException {
        Path file = null;
        try {
            file = Files.createTempFile("roster", ".xlsx");
            Files.write(file, content);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                var sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    return List.of();
                }
                Collector rows = new Collector();
                try (InputStream sheet = sheets.next()) {
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, new ReadOnlySharedStringsTable(pkg),
                            rows, new WholeNumbers(), false));
                    xml.parse(new InputSource(sheet));
                } catch (TooManyRows stop) {
                    throw new RosterFileException(RosterFiles.tooManyRows());
                }
                return rows.rows;
            }
        } catch (RosterFileException e) {
            throw e;
        } catch (Exception e) {
            throw new RosterFileException("Không đọc được tệp Excel: tệp bị hỏng hoặc không phải tệp .xlsx", e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temp file left behind is removed with the temp directory
                }
            }
        }
    }

    /** Rows as they stream by; cells that are absent in the file are blanks. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

        final List<RosterTable.Row> rows = new ArrayList<>();
        private List<String> cells;

        @Override
        public void startRow(int rowNum) {
            if (rows.size() >= RosterFiles.MAX_ROWS) {
                throw new TooManyRows();
            }
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(new RosterTable.Row(rowNum + 1, cells));
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }
    }

    /** Whole numbers in "General" format with all their digits (Excel would show 9,30123E+11). */
    private static final class WholeNumbers extends DataFormatter {

        WholeNumbers() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if ("General".equals(formatString) && value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    private static final class TooManyRows extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyRows() {
            super(null, null, false, false);
        }
    }
}

package vn.hoctap.content.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of a Word .docx file, one paragraph a line in reading order. Party documents put their
 * header (issuing body and number on the left, "ĐẢNG CỘNG SẢN VIỆT NAM" and the date on the right)
 * in a borderless two-column table, so table cells are read too, cell by cell.
 */
final class DocxText {

    private DocxText() {
    }

    static String extract(byte[] bytes) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder();
            append(doc.getBodyElements(), out);
            return out.toString();
        }
    }

    private static void append(List<IBodyElement> elements, StringBuilder out) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph p) {
                out.append(p.getText()).append('\n');
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        append(cell.getBodyElements(), out);
                    }
                }
                out.append('\n');
            } else if (element instanceof XWPFSDT sdt) {
                out.append(sdt.getContent().getText()).append('\n');
            }
        }
    }
}

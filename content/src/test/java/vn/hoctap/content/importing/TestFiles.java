package vn.hoctap.content.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * Test helper: builds real .docx and .pdf files the way party documents are laid out — the header
 * in two columns (issuing body and number left, "ĐẢNG CỘNG SẢN VIỆT NAM" and date right), then the
 * body one paragraph a line. PDFs embed a Unicode TrueType font so Vietnamese survives extraction.
 */
final class TestFiles {

    /** A font shipped with the tests wins; otherwise the system DejaVu Sans. PDFBox's own font lacks Vietnamese. */
    private static final String SHIPPED_FONT = "/importing/fonts/DejaVuSans.ttf";
    private static final Path SYSTEM_FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final float FONT_SIZE = 11;
    private static final float MARGIN = 50;
    private static final float LEADING = 15;

    private TestFiles() {
    }

    static byte[] docx(List<String> headerLeft, List<String> headerRight, List<String> body) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = doc.createTable(1, 2);
            fill(table.getRow(0).getCell(0), headerLeft);
            fill(table.getRow(0).getCell(1), headerRight);
            for (String line : body) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(XWPFTableCell cell, List<String> lines) {
        cell.getParagraphs().get(0).createRun().setText(lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            cell.addParagraph().createRun().setText(line);
        }
    }

    /** A PDF with the header in two columns and the body wrapped to the page width, with page numbers. */
    static byte[] pdf(List<String> headerLeft, List<String> headerRight, List<String> body) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = loadFont(pdf);
            PDRectangle size = PDRectangle.A4;
            float width = size.getWidth() - 2 * MARGIN;
            List<List<String>> pages = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            for (String paragraph : body) {
                lines.addAll(wrap(paragraph, font, width));
            }
            int perPage = (int) ((size.getHeight() - 2 * MARGIN) / LEADING) - 2;
            int headerRows = Math.max(headerLeft.size(), headerRight.size()) + 1;
            for (int from = 0, first = perPage - headerRows; from < lines.size(); from += first, first = perPage) {
                pages.add(lines.subList(from, Math.min(lines.size(), from + first)));
            }
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(size);
                pdf.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
                    float y = size.getHeight() - MARGIN;
                    if (p == 0) {
                        for (int row = 0; row < headerRows - 1; row++, y -= LEADING) {
                            show(s, font, MARGIN, y, row < headerLeft.size() ? headerLeft.get(row) : "");
                            show(s, font, MARGIN + width / 2, y, row < headerRight.size() ? headerRight.get(row) : "");
                        }
                        y -= LEADING;
                    }
                    for (String line : pages.get(p)) {
                        show(s, font, MARGIN, y, line);
                        y -= LEADING;
                    }
                    show(s, font, size.getWidth() / 2, MARGIN / 2, String.valueOf(p + 1));
                }
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF whose only page has no text, like a scan. */
    static byte[] pdfWithoutText() {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pdf.addPage(new PDPage(PDRectangle.A4));
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void show(PDPageContentStream s, PDType0Font font, float x, float y, String text) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        s.beginText();
        s.setFont(font, FONT_SIZE);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }

    private static List<String> wrap(String paragraph, PDType0Font font, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * FONT_SIZE > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static PDType0Font loadFont(PDDocument pdf) throws IOException {
        try (InputStream shipped = TestFiles.class.getResourceAsStream(SHIPPED_FONT)) {
            if (shipped != null) {
                return PDType0Font.load(pdf, shipped);
            }
        }
        if (!Files.isReadable(SYSTEM_FONT)) {
            throw new IllegalStateException("No Unicode font for the PDF tests: put DejaVuSans.ttf (or another TTF with"
                    + " Vietnamese glyphs) at src/test/resources" + SHIPPED_FONT + " or install fonts-dejavu-core");
        }
        return PDType0Font.load(pdf, SYSTEM_FONT.toFile());
    }
}

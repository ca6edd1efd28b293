package vn.hoctap.content.importing;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text layer of a PDF, lines sorted by position so that the two-column header comes out as
 * lines ("Số 18-NQ/TW   Hà Nội, ngày …") rather than in drawing order. Scanned PDFs have no text
 * layer; they come out blank and are rejected by the caller.
 */
final class PdfText {

    private PdfText() {
    }

    static String extract(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            return stripper.getText(pdf);
        } catch (InvalidPasswordException e) {
            throw new ImportProblem("the PDF is password-protected; remove the password and import again");
        }
    }
}

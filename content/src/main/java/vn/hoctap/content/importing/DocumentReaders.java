package vn.hoctap.content.importing;

import java.text.Normalizer;
import java.util.Locale;

import vn.hoctap.content.document.NewDocument;

/**
 * Turns an uploaded file into a {@link NewDocument}: Markdown in the library's authoring format, or
 * a party document as published (.txt, .docx, .pdf). Every way a file can be wrong — unknown type,
 * empty, corrupt, legacy-font text, missing header fields — ends in an {@link ImportFailedException}
 * naming the file; a document is returned only when it is complete.
 */
public class DocumentReaders {

    private enum Format {
        MARKDOWN, TEXT, DOCX, PDF
    }

    public DocumentReaders() {
    }

    public NewDocument read(String fileName, byte[] content) {
        Format format = format(fileName);
        if (content == null || content.length == 0) {
            throw new ImportFailedException(fileName, "the file is empty");
        }
        String text = Normalizer.normalize(extract(fileName, format, content), Normalizer.Form.NFC);
        if (text.isBlank()) {
            throw new ImportFailedException(fileName, format == Format.PDF
                    ? "the PDF has no text layer (a scan?); import the .docx or a text version instead"
                    : "the file contains no text");
        }
        var legacy = LegacyEncodingDetector.detect(text);
        if (legacy.isPresent()) {
            throw new ImportFailedException(fileName, "text looks like " + legacy.get()
                    + " (legacy font); convert it to Unicode (e.g. with Unikey's converter) and import again");
        }
        try {
            return format == Format.MARKDOWN ? MarkdownDocuments.parse(text) : OfficialTextParser.parse(text);
        } catch (ImportProblem | IllegalArgumentException e) {
            throw new ImportFailedException(fileName, e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new ImportFailedException(fileName, "cannot read the document (" + e + ")", e);
        }
    }

    private static Format format(String fileName) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        String ext = name.lastIndexOf('.') < 0 ? "" : name.substring(name.lastIndexOf('.') + 1);
        return switch (ext) {
            case "md", "markdown" -> Format.MARKDOWN;
            case "txt" -> Format.TEXT;
            case "docx" -> Format.DOCX;
            case "pdf" -> Format.PDF;
            default -> throw new ImportFailedException(fileName, "unsupported file type "
                    + (ext.isEmpty() ? "(no extension)" : "'." + ext + "'") + ", use .md, .txt, .docx or .pdf");
        };
    }

    private static String extract(String fileName, Format format, byte[] content) {
        try {
            return switch (format) {
                case MARKDOWN, TEXT -> PlainText.decode(content);
                case DOCX -> DocxText.extract(content);
                case PDF -> PdfText.extract(content);
            };
        } catch (ImportProblem e) {
            throw new ImportFailedException(fileName, e.getMessage(), e);
        } catch (Exception e) {
            throw notA(fileName, format, content, e);
        }
    }

    /** The file's bytes are not what its extension says, or the file is damaged. */
    private static ImportFailedException notA(String fileName, Format format, byte[] content, Exception cause) {
        String expected = format == Format.DOCX ? "a Word .docx file" : "a PDF file";
        String looksLike = FileSignatures.describe(content);
        if (looksLike != null) {
            return new ImportFailedException(fileName, "the content is not " + expected + " (it looks like " + looksLike
                    + ")", cause);
        }
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new ImportFailedException(fileName, "the content is not " + expected + " or it is damaged ("
                + detail.replaceAll("\\s+", " ") + ")", cause);
    }
}

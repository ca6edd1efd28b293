package vn.hoctap.content.importing;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.hoctap.content.document.DocumentKinds;
import vn.hoctap.content.document.NewDocument;

/**
 * Turns an uploaded file into a {@link NewDocument}: Markdown in the library's authoring format, a
 * party document as published (.txt, .docx, .pdf), or any other text an office handles (news,
 * reports, plans, outlines, speeches), cleaned of page furniture. Every way a file can be wrong — unknown type,
 * empty, corrupt, legacy-font text, missing header fields — ends in an {@link ImportFailedException}
 * naming the file; a document is returned only when it is complete.
 */
public class DocumentReaders {

    private static final int HEAD_LINES = 12;
    /** Type lines of the kinds that are never published without a number. */
    private static final Pattern STRICT_TYPE_LINE = Pattern.compile(
            "^(?:NGHỊ QUYẾT|KẾT LUẬN|CHỈ THỊ|QUY ĐỊNH|QUYẾT ĐỊNH|QUY CHẾ)(?![\\p{L}]).*");

    private enum Format {
        MARKDOWN, TEXT, DOCX, PDF
    }

    public DocumentReaders() {
    }

    public NewDocument read(String fileName, byte[] content) {
        return read(fileName, content, ImportHints.none());
    }

    /** As {@link #read(String, byte[])}, with what the uploader knows for a text that does not say it. */
    public NewDocument read(String fileName, byte[] content, ImportHints hints) {
        Format format = format(fileName);
        if (content == null || content.length == 0) {
            throw new ImportFailedException(fileName, "the file is empty");
        }
        String text = Normalizer.normalize(extract(fileName, format, content), Normalizer.Form.NFC);
        try {
            DocumentLimits.checkText(text);
        } catch (ImportProblem e) {
            throw new ImportFailedException(fileName, e.getMessage(), e);
        }
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
            NewDocument parsed = format == Format.MARKDOWN ? MarkdownDocuments.parse(text, hints, fileName) : parseText(text, hints, fileName);
            DocumentLimits.checkParsed(parsed);
            return parsed;
        } catch (ImportProblem | IllegalArgumentException e) {
            throw new ImportFailedException(fileName, e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new ImportFailedException(fileName, "cannot read the document (" + e + ")", e);
        }
    }

    /**
     * An official party document (its number or type line says so) must be complete; anything else
     * (news, reports, plans, outlines, speeches) is read for what it has. A numbered plan or report
     * that is not laid out in sections is read as free text too.
     */
    static NewDocument parseText(String text, ImportHints hints, String fileName) {
        List<String> head = OfficialLines.of(text).stream().filter(l -> !l.isBlank()).limit(HEAD_LINES).toList();
        Optional<TextMetadata.Number> number = TextMetadata.number(head);
        boolean strictLayout = head.stream().anyMatch(l -> STRICT_TYPE_LINE.matcher(l).matches());
        boolean strict = number.map(n -> DocumentTypes.ALWAYS_NUMBERED.contains(n.type())).orElse(strictLayout);
        if (strict) {
            return OfficialTextParser.parse(text);
        }
        if (number.isPresent()) {
            try {
                return titled(OfficialTextParser.parse(text));
            } catch (ImportProblem e) {
                // a numbered report or plan without the official sections: keep its number, read it freely
            }
        }
        return titled(FreeTextParser.parse(text, hints, fileName));
    }

    /** "kết quả học tập…" under "BÁO CÁO" reads as "Báo cáo kết quả học tập…" once the type line is gone. */
    private static NewDocument titled(NewDocument d) {
        if (!Character.isLowerCase(d.title().codePointAt(0))) {
            return d;
        }
        return new NewDocument(d.type(), d.number(), d.issuer(), d.issuedOn(),
                DocumentKinds.label(d.type()) + " " + d.title(), d.summary(), d.term(), d.plenum(), d.keyPoints(),
                d.sections());
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
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb detected")) {
                return new ImportFailedException(fileName, "the file expands to far more data than its size (a zip bomb, or a "
                        + "damaged or deliberately crafted file); it was not read. Save the document again in Word and import that copy", cause);
            }
        }
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

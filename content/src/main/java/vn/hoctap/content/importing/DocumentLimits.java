package vn.hoctap.content.importing;

import java.util.Locale;

import vn.hoctap.content.document.NewDocument;

/**
 * What one imported document may hold, so an upload under the size limit cannot exhaust memory or
 * time downstream (parsing, the search index, the summariser, question generation). The longest
 * real documents (a Congress's political report, about 60 pages) are far inside every bound.
 * The summariser bounds its own work separately ({@code ExtractiveSummarizer.MAX_SENTENCES}).
 */
final class DocumentLimits {

    /** Characters of text in one document: about 700 A4 pages. */
    public static final int MAX_TEXT_CHARS = 2_000_000;
    /** Sections (parts, chapters, articles, headed paragraphs) in one document. */
    public static final int MAX_SECTIONS = 3_000;

    private DocumentLimits() {
    }

    static void checkText(String text) {
        if (text.length() > MAX_TEXT_CHARS) {
            throw new ImportProblem(String.format(Locale.ROOT, "the document has %,d characters of text; at most %,d are accepted "
                    + "(split it into several documents)", text.length(), MAX_TEXT_CHARS));
        }
    }

    static void checkParsed(NewDocument document) {
        if (document.sections().size() > MAX_SECTIONS) {
            throw new ImportProblem(String.format(Locale.ROOT, "the document has %,d sections; at most %,d are accepted "
                    + "(split it into several documents)", document.sections().size(), MAX_SECTIONS));
        }
    }
}

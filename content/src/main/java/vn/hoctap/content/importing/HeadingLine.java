package vn.hoctap.content.importing;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that starts a section of an official text: "Chương I", "I. QUAN ĐIỂM", "Điều 3.",
 * "1. Mục tiêu" or "a) Về tổ chức". {@code heading} is the line with its marker; {@code rest} is
 * whatever on the line belongs to the section's text instead (the body of a long article line).
 */
record HeadingLine(Kind kind, String heading, String rest) {

    /** Heading kinds from the outermost in; chapters and Roman parts are both top level. */
    enum Kind {
        CHAPTER(0), ROMAN(0), ARTICLE(1), NUMBER(2), LETTER(3);

        final int rank;

        Kind(int rank) {
            this.rank = rank;
        }
    }

    /** Numbered lines longer than this are paragraphs that happen to be numbered, not headings. */
    static final int MAX_HEADING_LENGTH = 200;

    private static final Pattern CHAPTER = Pattern.compile("^(?:Chương|CHƯƠNG)\\s+([IVXLC]+|\\d{1,3})(?![\\p{L}\\d]).*");
    private static final Pattern ROMAN = Pattern.compile("^([IVXLC]{1,7})\\.(?:\\s+(\\S.*))?$");
    private static final Pattern ARTICLE = Pattern.compile("^(Điều|ĐIỀU)\\s+(\\d{1,3})\\s*([.:])\\s*(.*)$");
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,2}\\.)\\s+(\\S.*)");
    /** "I. Lênin" after "V.": a person's initials, not a Roman heading. */
    private static final Pattern INITIAL = Pattern.compile("^\\p{Lu}\\.\\s");
    private static final int MAX_PART = 30;
    private static final Pattern LETTER = Pattern.compile("^[a-zđ]\\)\\s+\\S.*");

    /** The heading this line starts, if it starts one. */
    static Optional<HeadingLine> of(String line) {
        return of(line, false);
    }

    /**
     * As {@link #of(String)}; with {@code paragraphs}, a long numbered paragraph also starts a section
     * headed by its number ("1."), for documents (many directives) whose body is only such paragraphs.
     */
    static Optional<HeadingLine> of(String line, boolean paragraphs) {
        boolean shortLine = line.length() <= MAX_HEADING_LENGTH;
        Matcher m = CHAPTER.matcher(line);
        if (m.matches() && (m.group(1).matches("\\d+") || VietnameseNumbers.roman(m.group(1)) > 0)) {
            return Optional.of(new HeadingLine(Kind.CHAPTER, line, ""));
        }
        m = ROMAN.matcher(line);
        if (m.matches() && shortLine && isPartNumber(m.group(1)) && (m.group(2) == null || !INITIAL.matcher(m.group(2)).find())) {
            return Optional.of(new HeadingLine(Kind.ROMAN, line, ""));
        }
        m = ARTICLE.matcher(line);
        if (m.matches()) {
            return Optional.of(shortLine ? new HeadingLine(Kind.ARTICLE, line, "")
                    : new HeadingLine(Kind.ARTICLE, m.group(1) + " " + m.group(2) + m.group(3), m.group(4)));
        }
        m = NUMBER.matcher(line);
        if (m.matches() && (shortLine || paragraphs)) {
            return Optional.of(shortLine ? new HeadingLine(Kind.NUMBER, line, "") : new HeadingLine(Kind.NUMBER, m.group(1), m.group(2)));
        }
        if (shortLine && LETTER.matcher(line).matches()) {
            return Optional.of(new HeadingLine(Kind.LETTER, line, ""));
        }
        return Optional.empty();
    }

    /** I to XXX: documents have no more parts than that, and "C. Mác" or "L." are not parts. */
    private static boolean isPartNumber(String roman) {
        int n = VietnameseNumbers.roman(roman);
        return n > 0 && n <= MAX_PART;
    }

    /** True for a bare marker ("I.", "Chương II") whose title is on the next line. */
    boolean needsTitle() {
        return (kind == Kind.ROMAN || kind == Kind.CHAPTER) && heading.matches("(?:Chương|CHƯƠNG)?\\s*[IVXLC\\d]+\\.?");
    }
}

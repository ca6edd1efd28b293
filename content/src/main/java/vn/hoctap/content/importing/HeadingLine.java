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
    private static final Pattern NUMBER = Pattern.compile("^\\d{1,2}\\.\\s+\\S.*");
    private static final Pattern LETTER = Pattern.compile("^[a-zđ]\\)\\s+\\S.*");

    /** The heading this line starts, if it starts one. */
    static Optional<HeadingLine> of(String line) {
        boolean shortLine = line.length() <= MAX_HEADING_LENGTH;
        Matcher m = CHAPTER.matcher(line);
        if (m.matches() && (m.group(1).matches("\\d+") || VietnameseNumbers.roman(m.group(1)) > 0)) {
            return Optional.of(new HeadingLine(Kind.CHAPTER, line, ""));
        }
        m = ROMAN.matcher(line);
        if (m.matches() && shortLine && VietnameseNumbers.roman(m.group(1)) > 0) {
            return Optional.of(new HeadingLine(Kind.ROMAN, line, ""));
        }
        m = ARTICLE.matcher(line);
        if (m.matches()) {
            return Optional.of(shortLine ? new HeadingLine(Kind.ARTICLE, line, "")
                    : new HeadingLine(Kind.ARTICLE, m.group(1) + " " + m.group(2) + m.group(3), m.group(4)));
        }
        if (shortLine && NUMBER.matcher(line).matches()) {
            return Optional.of(new HeadingLine(Kind.NUMBER, line, ""));
        }
        if (shortLine && LETTER.matcher(line).matches()) {
            return Optional.of(new HeadingLine(Kind.LETTER, line, ""));
        }
        return Optional.empty();
    }

    /** True for a bare marker ("I.", "Chương II") whose title is on the next line. */
    boolean needsTitle() {
        return (kind == Kind.ROMAN || kind == Kind.CHAPTER) && heading.matches("(?:Chương|CHƯƠNG)?\\s*[IVXLC\\d]+\\.?");
    }
}

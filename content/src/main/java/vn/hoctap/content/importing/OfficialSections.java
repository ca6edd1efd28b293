package vn.hoctap.content.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import vn.hoctap.content.document.Section;
import vn.hoctap.content.importing.HeadingLine.Kind;

/**
 * Cuts the body of an official text into sections at its headings; text between headings belongs to
 * the heading before it. Levels follow the kinds of heading the document uses, outermost first
 * (Roman part or chapter, article, numbered point, lettered point), so a resolution with parts,
 * points and sub-points gets levels 1, 2, 3 and a regulation gets chapters 1 and articles 2. In a
 * document with articles, numbered and lettered lines are clauses of the article, kept in its text.
 */
final class OfficialSections {

    private static final int MAX_CAPS_CONTINUATION = 2;

    private OfficialSections() {
    }

    /** Index of the first line that starts a section, or -1. */
    static int firstHeading(List<String> lines, boolean paragraphs) {
        for (int i = 0; i < lines.size(); i++) {
            if (HeadingLine.of(lines.get(i), paragraphs).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Sections from {@code lines}, which should start at the first heading and end before the
     * signature; {@code paragraphs} as in {@link HeadingLine#of(String, boolean)}.
     */
    static List<Section> split(List<String> lines, boolean paragraphs) {
        boolean articles = lines.stream().anyMatch(l -> HeadingLine.of(l).filter(h -> h.kind() == Kind.ARTICLE).isPresent());
        List<HeadingLine> headings = new ArrayList<>();
        List<StringBuilder> texts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Optional<HeadingLine> found = HeadingLine.of(line, paragraphs)
                    .filter(h -> !articles || (h.kind() != Kind.NUMBER && h.kind() != Kind.LETTER));
            if (found.isEmpty()) {
                if (!texts.isEmpty() && !OfficialLines.isSeparator(line)) {
                    append(texts.get(texts.size() - 1), line);
                }
                continue;
            }
            HeadingLine h = found.get();
            String heading = h.heading();
            if (h.kind() == Kind.ROMAN || h.kind() == Kind.CHAPTER) {
                int taken = 0;
                while (i + 1 < lines.size() && taken < MAX_CAPS_CONTINUATION && continuesHeading(lines.get(i + 1), h, taken)) {
                    heading = join(heading, lines.get(++i), h.kind());
                    taken++;
                }
            }
            headings.add(new HeadingLine(h.kind(), heading, h.rest()));
            texts.add(new StringBuilder(h.rest()));
        }
        TreeSet<Integer> ranks = new TreeSet<>();
        headings.forEach(h -> ranks.add(h.kind().rank));
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            int level = 1 + ranks.headSet(headings.get(i).kind().rank).size();
            sections.add(new Section(level, headings.get(i).heading(), texts.get(i).toString()));
        }
        return sections;
    }

    /**
     * Adds a line to a section's text. A line that starts in lower case after one that ends without
     * punctuation continues the same sentence (a PDF line wrap) and is joined with a space.
     */
    static void append(StringBuilder text, String line) {
        if (!text.isEmpty()) {
            char end = text.charAt(text.length() - 1);
            boolean wrapped = ".:;!?…)\"”".indexOf(end) < 0 && Character.isLowerCase(line.codePointAt(0));
            text.append(wrapped ? ' ' : '\n');
        }
        text.append(line);
    }

    /** A bare "I." or "Chương I" takes the next line as its title; an upper-case heading takes upper-case lines. */
    private static boolean continuesHeading(String next, HeadingLine h, int taken) {
        if (next.isEmpty() || OfficialLines.isSignature(next) || HeadingLine.of(next).isPresent()) {
            return false;
        }
        return (taken == 0 && h.needsTitle()) || (OfficialLines.isAllCaps(h.heading()) && OfficialLines.isAllCaps(next));
    }

    private static String join(String heading, String next, Kind kind) {
        if (kind == Kind.CHAPTER && heading.matches("(?:Chương|CHƯƠNG)\\s+[IVXLC\\d]+")) {
            return heading + ". " + next;
        }
        return heading + " " + next;
    }
}

package vn.hoctap.content.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits Vietnamese prose into sentences without breaking at abbreviations ("Đ/c.", "TS.", "TP."),
 * initials ("V.I. Lênin"), list markers ("1.", "a)") or numbers ("43.297", "98,3%"), and keeps a
 * line ending with a colon together with the list it introduces, so no sentence ends at "khẳng định:".
 * Shared by summaries, quizzes and the cleaning of imported text.
 */
public final class VietnameseSentences {

    /** A candidate boundary: end punctuation, optional closing quote or bracket, space, then a sentence start. */
    private static final Pattern END = Pattern.compile("[.!?…]+[\"”’»)]*\\s+(?=[\\p{Lu}\\d\"“«(‘'-])");
    private static final Pattern LAST_TOKEN = Pattern.compile("(\\S+)$");
    /** Written before a name or number; never the end of a sentence. */
    private static final Set<String> TITLES = Set.of("đ/c", "Đ/c", "TS", "ThS", "Th.S", "PGS", "GS", "BS", "KS",
            "TP", "Tp", "Q", "P", "St", "NXB", "Nxb", "tr", "Tr", "TT", "Ths", "PGS.TS", "GS.TS", "Mr", "Ô", "B");
    /** End a sentence only before a capitalised word that is not a continuation ("TW. Đảng" stays). */
    private static final Set<String> MAYBE = Set.of("TW", "v.v", "vv");
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:[-–+•*]|\\d{1,2}[.)]|[a-zđ][.)])\\s+");
    private static final int MAX_LIST_UNIT = 700;

    private VietnameseSentences() {
    }

    /** Sentences of one paragraph (newlines count as spaces). */
    public static List<String> split(String paragraph) {
        String text = paragraph.replaceAll("\\s+", " ").strip();
        List<String> out = new ArrayList<>();
        int from = 0;
        Matcher m = END.matcher(text);
        while (m.find()) {
            String before = text.substring(from, m.start() + 1);
            if (!isBoundary(before, text.substring(m.end()))) {
                continue;
            }
            String sentence = text.substring(from, m.end()).strip();
            if (!sentence.isEmpty()) {
                out.add(sentence);
            }
            from = m.end();
        }
        String rest = text.substring(from).strip();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    /**
     * Sentences of a multi-line text: each line is a paragraph; a sentence ending with ":" is joined
     * with the list items (or the one paragraph) after it, items separated by "; ". A lead-in whose
     * list would be too long to be one unit is dropped instead of standing alone.
     */
    public static List<String> units(String text) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            List<String> sentences = split(lines.get(i));
            for (int k = 0; k < sentences.size(); k++) {
                String s = sentences.get(k);
                if (!s.endsWith(":")) {
                    out.add(s);
                    continue;
                }
                StringBuilder unit = new StringBuilder(s);
                if (k < sentences.size() - 1) {
                    // the list follows on the same line ("…như sau: một là…")
                    unit.append(' ').append(String.join(" ", sentences.subList(k + 1, sentences.size())));
                    k = sentences.size();
                } else {
                    int j = i + 1;
                    boolean items = j < lines.size() && ITEM.matcher(lines.get(j)).find();
                    while (j < lines.size() && (items ? ITEM.matcher(lines.get(j)).find() : j == i + 1)) {
                        String item = ITEM.matcher(lines.get(j)).replaceFirst("").strip();
                        unit.append(unit.charAt(unit.length() - 1) == ':' ? " " : "; ").append(stripEnd(item));
                        j++;
                    }
                    i = j - 1;
                }
                String joined = unit.toString();
                if (!joined.endsWith(":") && joined.length() <= MAX_LIST_UNIT) {
                    out.add(endWithPeriod(joined));
                }
            }
        }
        return out;
    }

    private static String stripEnd(String item) {
        return item.replaceAll("[;,.]+$", "");
    }

    private static String endWithPeriod(String s) {
        return s.matches("(?s).*[.!?…\"”)]$") ? s : s + ".";
    }

    private static boolean isBoundary(String before, String after) {
        String stripped = before.replaceAll("[.!?…\"”’»)]+$", "");
        Matcher t = LAST_TOKEN.matcher(stripped);
        if (!t.find()) {
            return false;
        }
        String token = t.group(1);
        if (before.endsWith("?") || before.endsWith("!") || before.endsWith("…")) {
            return true;
        }
        // "1." "a." "IV." alone at the start: a list marker; "V.I" "C": initials before a name
        if (stripped.strip().equals(token) && token.matches("\\d{1,2}|[a-zđ]|[IVXLC]{1,5}")) {
            return false;
        }
        if (token.matches("\\p{Lu}(?:\\.\\p{Lu})*") || TITLES.contains(token)) {
            return false;
        }
        if (MAYBE.contains(token)) {
            return !after.startsWith("Đảng") && !Character.isDigit(after.isEmpty() ? 'a' : after.charAt(0));
        }
        return true;
    }
}

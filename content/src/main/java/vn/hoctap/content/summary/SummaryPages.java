package vn.hoctap.content.summary;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a summary into pages that read well on a phone: breaks between paragraphs when it can,
 * then between sentences, then between words, and only inside a word as a last resort.
 * Pages never exceed {@code maxChars} (counted in UTF-16 units, as Telegram counts).
 */
public final class SummaryPages {

    private final int maxChars;

    public SummaryPages(int maxChars) {
        if (maxChars < 20) {
            throw new IllegalArgumentException("page size too small: " + maxChars);
        }
        this.maxChars = maxChars;
    }

    public List<String> split(String text) {
        List<String> pages = new ArrayList<>();
        String rest = text == null ? "" : text.strip();
        while (rest.length() > maxChars) {
            int cut = cutPoint(rest);
            pages.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty() || pages.isEmpty()) {
            pages.add(rest);
        }
        return pages;
    }

    private int cutPoint(String s) {
        String window = s.substring(0, maxChars + 1);
        int minUseful = maxChars / 3;
        int paragraph = window.lastIndexOf("\n\n");
        if (paragraph >= minUseful) {
            return paragraph;
        }
        int line = window.lastIndexOf('\n');
        if (line >= minUseful) {
            return line;
        }
        int sentence = lastSentenceEnd(window);
        if (sentence >= minUseful) {
            return sentence;
        }
        int space = window.lastIndexOf(' ');
        if (space > 0) {
            return space;
        }
        int cut = maxChars;
        if (Character.isHighSurrogate(s.charAt(cut - 1))) {
            cut--;
        }
        return cut;
    }

    private static int lastSentenceEnd(String window) {
        for (int i = window.length() - 2; i > 0; i--) {
            char c = window.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == ';') && Character.isWhitespace(window.charAt(i + 1))) {
                return i + 1;
            }
        }
        return -1;
    }
}

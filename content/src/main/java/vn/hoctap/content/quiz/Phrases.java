package vn.hoctap.content.quiz;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.hoctap.content.text.Folding;

/**
 * Word-level text matching for cloze questions: a phrase "appears" in a text when its folded words
 * occur there consecutively, so "khóa XI" does not appear in "khóa XII" but "nhat the hoa" appears
 * in "Nhất thể hóa là…". Numbers keep their decimal comma and a following percent sign as part of
 * the word ("2,1", "10%").
 */
final class Phrases {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[,.]\\p{N}+)*%?");

    private Phrases() {
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(Folding.fold(nfc(text)));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Whether {@code phrase}'s words occur consecutively in {@code text} (folded). */
    static boolean contains(String text, String phrase) {
        List<String> t = words(text);
        List<String> p = words(phrase);
        if (p.isEmpty()) {
            return false;
        }
        outer:
        for (int i = 0; i + p.size() <= t.size(); i++) {
            for (int j = 0; j < p.size(); j++) {
                if (!t.get(i + j).equals(p.get(j))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Folded words joined by single spaces: equal keys mean the same option. */
    static String key(String text) {
        return String.join(" ", words(text));
    }

    /**
     * Where {@code phrase} occurs in {@code text} as whole words, ignoring case (exact letters
     * otherwise, so the answer shown is the text's own spelling). Returns [start, end) pairs.
     */
    static List<int[]> occurrences(String text, String phrase) {
        // "2024" is not a word of "20/5/2024", nor "5" of "3-5": digits joined by / . , - are one token
        Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}]|\\p{N}[/.,-])" + Pattern.quote(phrase)
                + "(?![\\p{L}\\p{N}]|[/.,-]\\p{N})",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<int[]> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}

package vn.hoctap.content.importing;

import java.util.Map;

/**
 * Reads the numbers party documents write in words or Roman numerals: plenums ("lần thứ sáu",
 * "Hội nghị Trung ương 6") and congress terms or section markers ("XIII", "IV").
 */
final class VietnameseNumbers {

    /** Number words as they appear after "lần thứ"; longer phrases first so "mười một" wins over "mười". */
    static final String WORDS_REGEX = "mười một|mười hai|mười ba|mười bốn|mười lăm|mười năm|mười"
            + "|nhất|một|hai|ba|bốn|tư|năm|sáu|bảy|bẩy|tám|chín";

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("nhất", 1), Map.entry("một", 1),
            Map.entry("hai", 2), Map.entry("ba", 3), Map.entry("bốn", 4), Map.entry("tư", 4), Map.entry("năm", 5),
            Map.entry("sáu", 6), Map.entry("bảy", 7), Map.entry("bẩy", 7), Map.entry("tám", 8), Map.entry("chín", 9),
            Map.entry("mười", 10), Map.entry("mười một", 11), Map.entry("mười hai", 12), Map.entry("mười ba", 13),
            Map.entry("mười bốn", 14), Map.entry("mười lăm", 15), Map.entry("mười năm", 15));

    private VietnameseNumbers() {
    }

    /** "sáu", "Mười Hai" or "6" as a number; null if it is neither. */
    static Integer wordOrDigits(String s) {
        String t = s.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        if (t.matches("\\d{1,3}")) {
            return Integer.valueOf(t);
        }
        return WORDS.get(t);
    }

    /** Value of a well-formed upper-case Roman numeral up to CCCXCIX, or -1 if malformed. */
    static int roman(String s) {
        if (s == null || s.isEmpty() || !s.matches("C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")) {
            return -1;
        }
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = value(s.charAt(i));
            int next = i + 1 < s.length() ? value(s.charAt(i + 1)) : 0;
            total += v < next ? -v : v;
        }
        return total;
    }

    private static int value(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            default -> 0;
        };
    }
}

package vn.hoctap.content.importing;

import java.util.Optional;

/**
 * Spots text typed with the pre-Unicode Vietnamese fonts (TCVN3/ABC ".VnTime", VNI "VNI-Times")
 * that was read without conversion: it looks like "NghÞ quyÕt §¶ng" or "Nghò quyeát Ñaûng".
 * Importing it would store gibberish, so the admin is told to convert it first.
 *
 * <p>Both encodings put every Vietnamese letter in the Latin-1 range, so the text lacks the letters
 * real Vietnamese is full of (ă đ ơ ư ạ ế …) and instead has symbols (TCVN3: ¸ µ ¶ ® Þ …) or
 * vowel + Latin-1 letter pairs no Vietnamese word has (VNI: "aø", "eä", "oï", initial "ñ" …).
 * Words are counted, not characters, so a stray "÷", "©" or a name like "Müller" in Unicode text
 * does not trip it.
 */
final class LegacyEncodingDetector {

    /** A legacy Vietnamese encoding. */
    enum Legacy {
        TCVN3, VNI
    }

    /** Latin-1 characters TCVN3 uses for Vietnamese letters that neither Unicode Vietnamese nor VNI uses. */
    private static final String TCVN3_ONLY = "¡¢£¤¥¦§¨©ª«¬\u00AD®µ¶·¸¹»¼½¾ÇÐ×Þßç÷þ";

    /** VNI tone/vowel marks that follow a base vowel and never follow one in Unicode Vietnamese. */
    private static final String VNI_MARKS = "øûïüëåäùõØÛÏÜËÅÄÙÕ";

    private static final String ASCII_VOWELS = "aeiouyAEIOUY";

    private static final int MIN_WORDS = 2;

    private LegacyEncodingDetector() {
    }

    /** Which legacy encoding the text looks like, or empty for Unicode (or plain ASCII) text. */
    static Optional<Legacy> detect(String text) {
        int tcvn3 = 0;
        int vni = 0;
        int unicode = 0;
        for (String word : text.split("\\s+")) {
            if (hasUnicodeVietnamese(word)) {
                unicode++;
            } else if (hasAny(word, TCVN3_ONLY)) {
                tcvn3++;
            } else if (looksVni(word)) {
                vni++;
            }
        }
        int suspicious = tcvn3 + vni;
        if (suspicious < MIN_WORDS || suspicious * 4 < unicode) {
            return Optional.empty();
        }
        return Optional.of(tcvn3 >= vni ? Legacy.TCVN3 : Legacy.VNI);
    }

    private static boolean looksVni(String word) {
        if (word.length() > 1 && (word.charAt(0) == 'ñ' || word.charAt(0) == 'Ñ')
                && ASCII_VOWELS.indexOf(word.charAt(1)) >= 0) {
            return true;
        }
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            char before = word.charAt(i - 1);
            boolean vowelBase = ASCII_VOWELS.indexOf(before) >= 0 || "ôöÔÖ".indexOf(before) >= 0;
            if (vowelBase && VNI_MARKS.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** ă đ ĩ ũ ơ ư and the precomposed letters with tone marks (U+1EA0–U+1EF9), in either case. */
    private static boolean hasUnicodeVietnamese(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if ((c >= '\u1EA0' && c <= '\u1EF9') || "ăĂđĐĩĨũŨơƠưƯ".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAny(String word, String chars) {
        for (int i = 0; i < word.length(); i++) {
            if (chars.indexOf(word.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}

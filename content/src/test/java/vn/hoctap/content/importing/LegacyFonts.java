package vn.hoctap.content.importing;

import java.text.Normalizer;

/**
 * Test helper: turns Unicode Vietnamese into what text typed in TCVN3 (.VnTime) or VNI (VNI-Times)
 * fonts looks like when read as if it were Unicode, to feed the importers real-looking mojibake.
 */
final class LegacyFonts {

    /** Each row: a vowel with no tone, grave, hook, tilde, acute, dot below, and its TCVN3 bytes. */
    private static final String[][] TCVN3_ROWS = {
            {"aàảãáạ", "aµ¶·¸¹"}, {"ăằẳẵắặ", "¨»¼½¾Æ"}, {"âầẩẫấậ", "©ÇÈÉÊË"}, {"eèẻẽéẹ", "eÌÎÏÐÑ"},
            {"êềểễếệ", "ªÒÓÔÕÖ"}, {"iìỉĩíị", "i×ØÜÝÞ"}, {"oòỏõóọ", "oßáâãä"}, {"ôồổỗốộ", "«åæçèé"},
            {"ơờởỡớợ", "¬êëìíî"}, {"uùủũúụ", "uïñòóô"}, {"ưừửữứự", "\u00ADõö÷øù"}, {"yỳỷỹýỵ", "yúûüýþ"},
            {"đĂÂĐÊÔƠƯ", "®¡¢§£¤¥¦"}};

    /** VNI marks after the base letter, in the order no tone, grave, hook, tilde, acute, dot below. */
    private static final String VNI_TONES = "\0øûõùï";
    private static final String VNI_CIRCUMFLEX = "âàåãáä";
    private static final String VNI_BREVE = "êèúüéë";
    private static final String VNI_I = "iìæóíò";
    private static final String TONE_MARKS = "\0\u0300\u0309\u0303\u0301\u0323";

    private LegacyFonts() {
    }

    static String tcvn3(String unicode) {
        StringBuilder out = new StringBuilder();
        for (char c : Normalizer.normalize(unicode, Normalizer.Form.NFC).toCharArray()) {
            out.append(tcvn3(c));
        }
        return out.toString();
    }

    private static char tcvn3(char c) {
        for (String[] row : TCVN3_ROWS) {
            int i = row[0].indexOf(c);
            if (i >= 0) {
                return row[1].charAt(i);
            }
        }
        char lower = Character.toLowerCase(c);
        // TCVN3 upper-case fonts (.VnTimeH) reuse the lower-case codes for toned capitals.
        return lower != c && lower > 0x7F ? tcvn3(lower) : c;
    }

    static String vni(String unicode) {
        StringBuilder out = new StringBuilder();
        for (char c : Normalizer.normalize(unicode, Normalizer.Form.NFC).toCharArray()) {
            out.append(vni(c));
        }
        return out.toString();
    }

    private static String vni(char c) {
        if (c == 'đ' || c == 'Đ') {
            return c == 'đ' ? "ñ" : "Ñ";
        }
        String parts = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = parts.charAt(0);
        if (parts.length() == 1 || base > 0x7F) {
            return String.valueOf(c);
        }
        boolean upper = Character.isUpperCase(base);
        char lowerBase = Character.toLowerCase(base);
        int tone = 0;
        for (int i = 1; i < TONE_MARKS.length(); i++) {
            tone = parts.indexOf(TONE_MARKS.charAt(i)) >= 0 ? i : tone;
        }
        String marks;
        if (lowerBase == 'i') {
            String i = String.valueOf(VNI_I.charAt(tone));
            return upper ? i.toUpperCase(java.util.Locale.ROOT) : i;
        }
        String head = String.valueOf(base);
        if (parts.indexOf('\u031B') >= 0) {
            head = lowerBase == 'o' ? "ô" : "ö";
            marks = tone == 0 ? "" : String.valueOf(VNI_TONES.charAt(tone));
        } else if (parts.indexOf('\u0302') >= 0) {
            marks = String.valueOf(VNI_CIRCUMFLEX.charAt(tone));
        } else if (parts.indexOf('\u0306') >= 0) {
            marks = String.valueOf(VNI_BREVE.charAt(tone));
        } else if (lowerBase == 'y' && tone == 5) {
            head = "î";
            marks = "";
        } else {
            marks = tone == 0 ? "" : String.valueOf(VNI_TONES.charAt(tone));
        }
        String result = head + marks;
        return upper ? result.toUpperCase(java.util.Locale.ROOT) : result;
    }
}

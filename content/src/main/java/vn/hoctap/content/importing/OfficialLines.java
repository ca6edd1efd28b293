package vn.hoctap.content.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Line-level facts about official party texts, whichever file they came from: tidy lines, the
 * ornaments between header and body ("-----", "***"), page numbers, and the signature block that
 * ends the body.
 */
final class OfficialLines {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern SEPARATOR = Pattern.compile("[-–—_*=.~o0\\s]*");
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?:-\\s*)?\\d{1,3}(?:\\s*-)?|Trang \\d{1,3}");
    private static final Pattern SIGNATURE = Pattern.compile("^(?:T/M|TM\\.|K/T|KT\\.|Nơi nhận|NƠI NHẬN)");

    private OfficialLines() {
    }

    /** The text's lines with runs of white space made one space, stripped; page-number lines dropped. */
    static List<String> of(String text) {
        List<String> lines = new ArrayList<>();
        for (String raw : text.replace("\uFEFF", "").replace("\u200B", "").split("\\R", -1)) {
            String line = SPACES.matcher(raw).replaceAll(" ").strip();
            if (!PAGE_NUMBER.matcher(line).matches()) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** "-----", "***", "---o0o---" and blank lines: layout, not words. */
    static boolean isSeparator(String line) {
        return SEPARATOR.matcher(line).matches();
    }

    /** "T/M BAN CHẤP HÀNH TRUNG ƯƠNG", "K/T BÍ THƯ", "Nơi nhận:" — the body has ended. */
    static boolean isSignature(String line) {
        return SIGNATURE.matcher(line).find();
    }

    /** Has letters and none of them lower case, like "I. QUAN ĐIỂM" or "QUY ĐỊNH CHUNG". */
    static boolean isAllCaps(String line) {
        boolean letters = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }
}

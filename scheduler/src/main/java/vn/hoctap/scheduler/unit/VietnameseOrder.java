package vn.hoctap.scheduler.unit;

import java.math.BigInteger;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How unit names are ordered wherever people read them: Vietnamese collation (so "Đông" sorts
 * after "Dương" as a Vietnamese reader expects) with runs of digits compared as numbers, so
 * "Chi bộ 2" comes before "Chi bộ 10" instead of after it as plain text would put it.
 */
public final class VietnameseOrder {

    private static final Pattern RUNS = Pattern.compile("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");

    /** Names in natural Vietnamese order. Collator instances are not thread-safe, so each comparison clones one. */
    public static final Comparator<String> NAMES = VietnameseOrder::compare;

    private static final Collator COLLATOR = Collator.getInstance(Locale.forLanguageTag("vi-VN"));

    private VietnameseOrder() {
    }

    private static int compare(String a, String b) {
        Collator collator = (Collator) COLLATOR.clone();
        String[] x = RUNS.split(a);
        String[] y = RUNS.split(b);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            boolean digits = isDigits(x[i]) && isDigits(y[i]);
            int c = digits ? new BigInteger(x[i]).compareTo(new BigInteger(y[i])) : collator.compare(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }
}

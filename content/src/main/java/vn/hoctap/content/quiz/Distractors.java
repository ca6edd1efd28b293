package vn.hoctap.content.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import vn.hoctap.content.document.NewDocument;

/**
 * Makes the pools of plausible wrong answers, most plausible first, leaving it to
 * {@link Ranking#offer} to drop those the sentence itself would give away.
 */
final class Distractors {

    private Distractors() {
    }

    /** Other documents of the same type from the nearest years first, then neighbouring numbers. */
    static List<String> codes(String number, String type, String issuer, NewDocument doc, List<OtherDocument> library) {
        String canonicalType = type.equals("QD") ? "QĐ" : type;
        int n = Integer.parseInt(number);
        String code = number + "-" + type + "/" + issuer;
        Set<String> out = new LinkedHashSet<>();
        library.stream().filter(d -> d.type().equals(canonicalType) && !d.number().isBlank() && !d.code().equals(code))
                .sorted(Comparator.comparingInt((OtherDocument d) -> Math.abs(d.year() - doc.issuedOn().getYear()))
                        .thenComparingInt(d -> Math.abs(parse(d.number()) - n)).thenComparing(OtherDocument::code))
                .forEach(d -> out.add(d.code()));
        for (int k : neighbours(n, 1, 9999)) {
            out.add(pad(k, number.length()) + "-" + type + "/" + issuer);
        }
        return List.copyOf(out);
    }

    /**
     * Targets (years after the document was issued) are answered with other milestones: years the
     * document names and round years near the answer, all after the issue year. Past years get
     * nearby years.
     */
    static List<String> years(int year, int issueYear, Set<Integer> docYears, boolean issue) {
        List<Integer> pool = new ArrayList<>();
        if (year > issueYear && !issue) {
            Set<Integer> options = new TreeSet<>();
            for (int y : docYears) {
                if (y > issueYear && y != year) {
                    options.add(y);
                }
            }
            for (int y = (year / 5) * 5 - 15; y <= year + 25; y += 5) {
                if (y > issueYear && y != year) {
                    options.add(y);
                }
            }
            pool.addAll(options);
            pool.sort(Comparator.comparingInt((Integer y) -> Math.abs(y - year)).thenComparingInt(y -> y));
        } else {
            for (int offset : new int[] {-2, 2, -5, 3, -3, 1, -1, 5}) {
                pool.add(year + offset);
            }
        }
        return pool.stream().map(String::valueOf).toList();
    }

    /** Nearby values written like the answer (decimal comma, same decimals): 10 → 5, 15, 20; 2,1 → 1,9, 2,3, 2,5. */
    static List<String> numbers(String written, boolean percent) {
        BigDecimal value = new BigDecimal(written.replace(',', '.'));
        int scale = Math.max(0, value.scale());
        List<BigDecimal> pool = new ArrayList<>();
        if (scale == 0 && percent) {
            int p = value.intValue();
            int[] offsets = p % 5 == 0 ? new int[] {-5, 5, 10, -10, 15, -15, 20} : new int[] {-2, 3, 5, -5, 2, -3, 8};
            for (int o : offsets) {
                pool.add(BigDecimal.valueOf(p + o));
            }
        } else {
            BigDecimal step;
            if (scale == 0) {
                int n = value.intValue();
                step = BigDecimal.valueOf(n % 5 == 0 && n >= 10 && n <= 100 ? 5 : n <= 5 ? 1 : n <= 20 ? 2
                        : niceStep(n * 0.1, 0).intValue());
            } else {
                step = niceStep(value.doubleValue() * (value.doubleValue() < 10 ? 0.1 : 0.05), scale);
            }
            for (int k : new int[] {-1, 1, 2, -2, 3, 4}) {
                pool.add(value.add(step.multiply(BigDecimal.valueOf(k))));
            }
        }
        List<String> out = new ArrayList<>();
        for (BigDecimal v : pool) {
            if (v.signum() <= 0 || (percent && v.compareTo(BigDecimal.valueOf(100)) > 0)) {
                continue;
            }
            out.add(v.setScale(scale, RoundingMode.HALF_UP).toPlainString().replace('.', ','));
        }
        return out;
    }

    /** A 1, 2 or 5 step near {@code v}, never finer than the answer's decimals, so options look like real figures. */
    private static BigDecimal niceStep(double v, int scale) {
        BigDecimal min = BigDecimal.ONE.movePointLeft(scale);
        if (v <= 0) {
            return min;
        }
        double base = Math.pow(10, Math.floor(Math.log10(v)));
        double m = v / base;
        double nice = (m >= 5 ? 5 : m >= 2 ? 2 : 1) * base;
        BigDecimal step = BigDecimal.valueOf(nice).setScale(scale, RoundingMode.HALF_UP);
        return step.compareTo(min) < 0 ? min : step;
    }

    /** n-1, n+1, n+2, n-2, n+3 within [min, max]. */
    static List<Integer> neighbours(int n, int min, int max) {
        List<Integer> out = new ArrayList<>();
        for (int k : new int[] {-1, 1, 2, -2, 3, -3}) {
            if (n + k >= min && n + k <= max) {
                out.add(n + k);
            }
        }
        return out;
    }

    /** A distractor copies the answer's capital so the odd one out does not stand out by its case. */
    static String capitalise(String s, boolean capital) {
        if (s.isEmpty()) {
            return s;
        }
        Function<String, String> first = capital ? c -> c.toUpperCase(Locale.ROOT) : c -> c;
        return first.apply(s.substring(0, 1)) + s.substring(1);
    }

    /** Keeps leading zeros, so "05-CT/TW" is answered with "04-CT/TW", not "4-CT/TW". */
    private static String pad(int n, int width) {
        String s = Integer.toString(n);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    /** Tolerates numbers with letters ("12a"), which would otherwise break sorting the library. */
    private static int parse(String number) {
        String digits = number.replaceAll("\\D", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }
}

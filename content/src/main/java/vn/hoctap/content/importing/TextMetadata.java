package vn.hoctap.content.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Title, date and number as a text that is not laid out as an official document still gives them:
 * "Hà Tĩnh, ngày 12 tháng 3 năm 2024", "Cập nhật lúc 07:48 ngày 12/3/2024", "Số 125-BC/HU" at the
 * start of a line; and the fallbacks when it does not (the form, the file name).
 */
final class TextMetadata {

    record Number(String type, String number, String issuer) {
    }

    private static final Pattern DATE_WORDS = Pattern.compile("(?iu)ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})");
    private static final Pattern DATE_DIGITS = Pattern.compile("(?<![\\d/.-])(\\d{1,2})[/.-](\\d{1,2})[/.-]((?:19|20)\\d\\d)(?![\\d/.-])");
    /** "Tháng 1 năm 2025" or "Năm 2024" alone on a line: an outline dated by month or year. */
    private static final Pattern DATE_LINE = Pattern.compile("(?iu)^(?:ngày\\s+\\d{1,2}\\s+)?(?:tháng\\s+(\\d{1,2})\\s+)?năm\\s+((?:19|20)\\d\\d)\\.?$");
    private static final Pattern ISO_DATE = Pattern.compile("((?:19|20)\\d\\d)-(\\d{2})-(\\d{2})");
    private static final Pattern NUMBER_LINE = Pattern.compile("^(?:Số|SỐ)\\s*:?\\s*(\\d{1,8}\\p{L}?)\\s*[-–]\\s*("
            + DocumentTypes.CODE_REGEX + ")\\s*/\\s*(\\p{Lu}[\\p{Lu}\\d]*(?:-\\p{Lu}[\\p{Lu}\\d]*)*)");
    /** Where a date is the text's own, not one it mentions (the header and the first lines). */
    private static final int HEAD_LINES = 15;

    private TextMetadata() {
    }

    /** The first date in the head of the text, written in words or digits. */
    static Optional<LocalDate> date(List<String> lines) {
        for (String line : lines.subList(0, Math.min(HEAD_LINES, lines.size()))) {
            Matcher dl = DATE_LINE.matcher(line.strip());
            if (dl.matches() && !DATE_WORDS.matcher(line).find()) {
                Optional<LocalDate> d = of(dl.group(2), dl.group(1) == null ? "1" : dl.group(1), "1");
                if (d.isPresent()) {
                    return d;
                }
            }
            Matcher m = DATE_WORDS.matcher(line);
            if (m.find()) {
                Optional<LocalDate> d = of(m.group(3), m.group(2), m.group(1));
                if (d.isPresent()) {
                    return d;
                }
            }
            m = DATE_DIGITS.matcher(line);
            if (m.find() && (line.length() < 120 || line.strip().toLowerCase(Locale.ROOT).startsWith("cập nhật"))) {
                Optional<LocalDate> d = of(m.group(3), m.group(2), m.group(1));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    /** "Số 125-BC/HU" on a line of its own near the top. */
    static Optional<Number> number(List<String> lines) {
        for (String line : lines.subList(0, Math.min(HEAD_LINES, lines.size()))) {
            Matcher m = NUMBER_LINE.matcher(line.strip());
            if (m.find()) {
                String type = DocumentTypes.code(m.group(2)).orElseThrow();
                return Optional.of(new Number(type, m.group(1), m.group(3)));
            }
        }
        return Optional.empty();
    }

    static boolean isNumberLine(String line) {
        return NUMBER_LINE.matcher(line.strip()).find();
    }

    /** "Hà Tĩnh, ngày 12 tháng 3 năm 2024", "Ngày 15 tháng 1 năm 2024", "Tháng 1 năm 2025": a header's date line. */
    static boolean isPlaceDateLine(String line) {
        String s = line.strip();
        return DATE_LINE.matcher(s).matches() || (s.length() < 80 && DATE_WORDS.matcher(s).find()
                && (s.contains(",") || s.toLowerCase(Locale.ROOT).startsWith("ngày")) && !s.endsWith("."));
    }

    /** A date written in the file name ("2024-03-12-hoi-nghi.txt"). */
    static Optional<LocalDate> dateInFileName(String fileName) {
        Matcher m = ISO_DATE.matcher(fileName == null ? "" : fileName);
        return m.find() ? of(m.group(1), m.group(2), m.group(3)) : Optional.empty();
    }

    /** "bao-cao_ket-qua hoc tap.txt" → "Bao cao ket qua hoc tap": better than no title at all. */
    static String titleFromFileName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").replaceFirst("\\.[^.]*$", "");
        name = ISO_DATE.matcher(name).replaceAll(" ").replaceAll("[-_\\s]+", " ").strip();
        if (name.isEmpty()) {
            return "Văn bản không tên";
        }
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    private static Optional<LocalDate> of(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}

package vn.hoctap.content.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of an official party text: "Số 18-NQ/TW", "Hà Nội, ngày 25 tháng 10 năm 2017", the
 * type line ("NGHỊ QUYẾT"), the plenum and term ("HỘI NGHỊ LẦN THỨ SÁU … KHOÁ XII") and the title
 * below them. {@code end} is the index of the first line after the title.
 */
record OfficialHeader(String type, String number, String issuer, LocalDate issued, String term, Integer plenum,
        String title, int end) {

    private static final Pattern NUMBER = Pattern.compile("(?:Số|SỐ|số)\\s*:?\\s*(\\d{1,8}\\p{L}?)\\s*[-–]\\s*("
            + DocumentTypes.CODE_REGEX + ")\\s*/\\s*(\\p{Lu}[\\p{Lu}\\d]*(?:-\\p{Lu}[\\p{Lu}\\d]*)*)");
    private static final Pattern DATE = Pattern.compile(
            "(?iu)ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})|ngày\\s+(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern TERM = Pattern.compile("(?iu:kh(?:óa|oá))\\s+([IVXLC]+)(?![\\p{L}\\d])");
    private static final String NUMERAL = "(\\d{1,2}|" + VietnameseNumbers.WORDS_REGEX + ")(?![\\p{L}\\d])";
    private static final Pattern PLENUM_OF_MEETING = Pattern.compile("(?iu)hội nghị.*?(?:lần thứ|trung ương)\\s+" + NUMERAL);
    private static final Pattern PLENUM = Pattern.compile("(?iu)lần thứ\\s+" + NUMERAL);
    private static final Pattern TYPE_LINE = Pattern.compile("^(?:" + String.join("|", DocumentTypes.NAMES) + ")(?![\\p{L}])\\s*(.*)$");
    private static final Pattern TITLE_ON_TYPE_LINE = Pattern.compile("(?iu)^về\\s.*");
    private static final Pattern NOT_TITLE = Pattern.compile("(?iu)^(?:hội nghị|ban chấp hành|bộ chính trị|ban bí thư|ban thường vụ|của\\s)");
    private static final int MAX_TITLE_LINES = 3;
    private static final int MAX_TITLE_LINE_AFTER_FIRST = 150;

    /** Reads the header from the lines before the first section heading. */
    static OfficialHeader read(List<String> head) {
        String all = String.join("\n", head);
        Matcher number = NUMBER.matcher(all);
        if (!number.find()) {
            throw new ImportProblem("cannot find the document number (e.g. 'Số 18-NQ/TW') in the header");
        }
        LocalDate issued = date(all);
        int typeLine = -1;
        for (int i = 0; i < head.size() && typeLine < 0; i++) {
            typeLine = TYPE_LINE.matcher(head.get(i)).matches() ? i : -1;
        }
        if (typeLine < 0) {
            throw new ImportProblem("cannot find the document type line ('" + String.join("', '", DocumentTypes.NAMES)
                    + "') above the title");
        }
        List<String> title = new ArrayList<>();
        Matcher typeMatch = TYPE_LINE.matcher(head.get(typeLine));
        if (typeMatch.matches() && TITLE_ON_TYPE_LINE.matcher(typeMatch.group(1)).matches()) {
            title.add(typeMatch.group(1));
        }
        int i = typeLine + 1;
        while (title.isEmpty() && i < head.size() && (OfficialLines.isSeparator(head.get(i)) || NOT_TITLE.matcher(head.get(i)).find())) {
            i++;
        }
        while (i < head.size() && title.size() < MAX_TITLE_LINES && isTitleLine(head.get(i), title.isEmpty())) {
            title.add(head.get(i++));
        }
        if (title.isEmpty()) {
            throw new ImportProblem("cannot find the title on the line(s) after '" + head.get(typeLine) + "'");
        }
        String header = String.join("\n", head.subList(0, i));
        String type = DocumentTypes.code(number.group(2)).orElseThrow();
        return new OfficialHeader(type, number.group(1), number.group(3), issued, term(header), plenum(header),
                String.join(" ", title), i);
    }

    private static boolean isTitleLine(String line, boolean first) {
        return !OfficialLines.isSeparator(line) && !OfficialLines.isSignature(line) && HeadingLine.of(line).isEmpty()
                && (first || line.length() <= MAX_TITLE_LINE_AFTER_FIRST);
    }

    private static LocalDate date(String header) {
        Matcher m = DATE.matcher(header);
        if (!m.find()) {
            throw new ImportProblem("cannot find the date (e.g. 'Hà Nội, ngày 25 tháng 10 năm 2017') in the header");
        }
        int g = m.group(1) != null ? 1 : 4;
        try {
            return LocalDate.of(Integer.parseInt(m.group(g + 2)), Integer.parseInt(m.group(g + 1)),
                    Integer.parseInt(m.group(g)));
        } catch (DateTimeException e) {
            throw new ImportProblem("the date '" + m.group() + "' in the header is not a real date");
        }
    }

    private static String term(String header) {
        Matcher m = TERM.matcher(header);
        while (m.find()) {
            if (VietnameseNumbers.roman(m.group(1)) > 0) {
                return m.group(1);
            }
        }
        return null;
    }

    private static Integer plenum(String header) {
        Matcher m = PLENUM_OF_MEETING.matcher(header);
        if (m.find()) {
            return VietnameseNumbers.wordOrDigits(m.group(1));
        }
        m = PLENUM.matcher(header);
        return m.find() ? VietnameseNumbers.wordOrDigits(m.group(1)) : null;
    }
}

package vn.hoctap.content.quiz;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.hoctap.content.document.NewDocument;
import vn.hoctap.content.quiz.QuestionGenerator.Candidate;
import vn.hoctap.content.quiz.QuestionGenerator.Kind;
import vn.hoctap.content.quiz.QuestionGenerator.Unit;

/**
 * Finds the facts about where a document comes from (numbers, bodies, term, plenum), kept together
 * because their distractors are other documents and institutions rather than nearby numbers.
 */
final class DocumentFacts {

    private static final Pattern CODE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\d{1,4})-(QĐi|CTr|QĐ|QD|NQ|KL|CT|HD|KH|TB|QC)/([\\p{Lu}]{1,8})(?![\\p{L}\\p{N}])");
    /** The bodies {@link #BODY} finds, spelled as distractors are offered. */
    private static final List<String> BODIES = List.of("Ban Chấp hành Trung ương", "Bộ Chính trị", "Ban Bí thư",
            "Ủy ban Kiểm tra Trung ương", "Ban Tổ chức Trung ương", "Ban Tuyên giáo Trung ương");
    private static final Pattern BODY = Pattern.compile(
            "(?<![\\p{L}])(Ban Chấp hành Trung ương(?: Đảng)?|Bộ Chính trị|Ban Bí thư|[ỦU]y ban Kiểm tra Trung ương"
                    + "|Ban Tổ chức Trung ương|Ban Tuyên giáo Trung ương)(?![\\p{L}])");
    private static final Pattern CONGRESS_TERM = Pattern.compile(
            "(?<![\\p{L}])([Kk]hóa|[Kk]hoá|Đại hội) ([IVXL]{1,7})(?![\\p{L}\\p{N}])");
    private static final Pattern PLENUM = Pattern.compile("(?<![\\p{L}])(Hội nghị|Nghị quyết) Trung ương (\\d{1,2})(?![\\p{N}])");

    private static final String[] ROMAN_SYMBOLS = {"L", "XL", "X", "IX", "V", "IV", "I"};
    private static final int[] ROMAN_VALUES = {50, 40, 10, 9, 5, 4, 1};

    private DocumentFacts() {
    }

    /** Offers every document number, body, congress term and plenum of the sentence, in that order. */
    static void extract(NewDocument doc, List<OtherDocument> library, Unit unit, List<Candidate> out) {
        String text = unit.full();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            String code = m.group();
            // outside the metadata sentence a document citing itself is no fact worth asking
            if (unit.metadata() || !code.equals(doc.code())) {
                Ranking.offer(out, Kind.DOCUMENT_NUMBER, unit, code,
                        Distractors.codes(m.group(1), m.group(2), m.group(3), doc, library));
            }
        }
        m = BODY.matcher(text);
        while (m.find()) {
            String answer = m.group(1);
            String plain = answer.replace(" Đảng", "").replace("Uỷ", "Ủy");
            Ranking.offer(out, Kind.BODY, unit, answer, BODIES.stream().filter(b -> !b.equals(plain)).toList());
        }
        m = CONGRESS_TERM.matcher(text);
        while (m.find()) {
            int n = roman(m.group(2));
            if (n > 0) {
                String prefix = m.group(1);
                Ranking.offer(out, Kind.CONGRESS_TERM, unit, m.group(),
                        Distractors.neighbours(n, 1, 20).stream().map(k -> prefix + " " + roman(k)).toList());
            }
        }
        m = PLENUM.matcher(text);
        while (m.find()) {
            String prefix = m.group(1) + " Trung ương ";
            Ranking.offer(out, Kind.PLENUM, unit, m.group(),
                    Distractors.neighbours(Integer.parseInt(m.group(2)), 1, 20).stream().map(k -> prefix + k).toList());
        }
    }

    static String roman(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (n >= ROMAN_VALUES[i]) {
                sb.append(ROMAN_SYMBOLS[i]);
                n -= ROMAN_VALUES[i];
            }
        }
        return sb.toString();
    }

    /** -1 when the letters do not read as a numeral to the end ("VX"), so they are not asked as a term. */
    static int roman(String s) {
        int total = 0;
        int i = 0;
        for (int k = 0; k < ROMAN_VALUES.length; k++) {
            while (s.startsWith(ROMAN_SYMBOLS[k], i)) {
                total += ROMAN_VALUES[k];
                i += ROMAN_SYMBOLS[k].length();
            }
        }
        return i == s.length() ? total : -1;
    }
}

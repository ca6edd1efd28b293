package vn.hoctap.content.quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.hoctap.content.quiz.QuestionGenerator.Candidate;
import vn.hoctap.content.quiz.QuestionGenerator.Kind;
import vn.hoctap.content.quiz.QuestionGenerator.Unit;

/**
 * Finds the numeric facts of a sentence (years, percentages, quantities, counts and fractions),
 * kept together because each is answered with nearby values written the same way.
 */
final class NumberFacts {

    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\p{L}])(?:[Nn]ăm|mốc|[Gg]iai đoạn|[Hh]ướng tới) ((?:19|20)\\d\\d)(?![\\p{N}/])");
    /** Words that make a year a target or milestone rather than the date of the text. */
    private static final Pattern TARGET_YEAR = Pattern.compile("(?iu)(?:đến|tới|hướng tới|mốc|giai đoạn|từ|sau)(?: năm)? $");
    private static final Pattern PERCENT = Pattern.compile("(?<![\\p{L}\\p{N},.])(\\d{1,3}(?:,\\d{1,2})?) ?%");
    /**
     * "tháng 3 năm 2024" is a date and "5 con số" a number of digits, not a quantity: a blank there
     * would cut a date or a word in two.
     */
    private static final Pattern QUANTITY = Pattern.compile("(?<![\\p{L}\\p{N},./-])(?<!tháng )(?<!ngày )(?<!Tháng )"
            + "(\\d{1,4}(?:,\\d{1,2})?) "
            + "(năm liên tiếp|bé trai|biểu hiện|căn cứ|đơn vị|triệu|tuổi|năm|con|cm|lần|nhóm|tháng)(?![\\p{L}])(?! ?\\d)(?! số)(?! người)(?! \\p{Lu})");
    /** Indexed by value, so a count word's neighbours are found by arithmetic. */
    private static final List<String> NUMBER_WORDS = List.of("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy",
            "tám", "chín", "mười");
    private static final Pattern COUNT = Pattern.compile("(?<![\\p{L}])(hai|ba|bốn|năm|sáu|bảy|tám|chín|mười"
            + "|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) (năm liên tiếp|căn cứ|quan điểm|nhóm|biểu hiện|trường hợp|chương"
            + "|điểm mới|mặt|lần|khâu|chặng)(?![\\p{L}])");
    /** In increasing order, so the closest fractions are the most plausible distractors. */
    private static final List<String> FRACTIONS = List.of("một phần tư", "một phần ba", "một nửa", "hai phần ba",
            "ba phần tư");
    private static final Pattern FRACTION = Pattern.compile("(?<![\\p{L}])(một phần tư|một phần ba|hai phần ba|ba phần tư)(?![\\p{L}])");

    private NumberFacts() {
    }

    /** Every year the document names, which are the most plausible wrong milestones for a target year. */
    static Set<Integer> years(List<Unit> units) {
        Set<Integer> docYears = new TreeSet<>();
        for (Unit u : units) {
            Matcher m = YEAR.matcher(u.full());
            while (m.find()) {
                docYears.add(Integer.parseInt(m.group(1)));
            }
        }
        return docYears;
    }

    /** Offers every year, percentage, quantity, count and fraction of the sentence, in that order. */
    static void extract(Unit unit, int issueYear, Set<Integer> docYears, List<Candidate> out) {
        String text = unit.full();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            // "trong năm 2024" in a text of 2024 is its own date, trivia; "đến năm 2024" is a target
            if (year == issueYear && !unit.metadata() && !TARGET_YEAR.matcher(text.substring(Math.max(0, m.start(1) - 20), m.start(1))).find()) {
                continue;
            }
            Ranking.offer(out, Kind.YEAR, unit, m.group(1),
                    Distractors.years(year, issueYear, docYears, unit.metadata()));
        }
        m = PERCENT.matcher(text);
        while (m.find()) {
            Ranking.offer(out, Kind.PERCENT, unit, m.group(), Distractors.numbers(m.group(1), true).stream()
                    .map(v -> v + "%").toList());
        }
        m = QUANTITY.matcher(text);
        while (m.find()) {
            String number = m.group(1);
            if (number.matches("(19|20)\\d\\d") || number.equals("100")) {
                continue;
            }
            String unitWord = m.group(2);
            Ranking.offer(out, Kind.QUANTITY, unit, m.group(), Distractors.numbers(number, false).stream()
                    .map(v -> v + " " + unitWord).toList());
        }
        m = COUNT.matcher(text);
        while (m.find()) {
            String word = m.group(1);
            int n = NUMBER_WORDS.indexOf(word.toLowerCase(Locale.ROOT));
            String noun = m.group(2);
            boolean capital = Character.isUpperCase(word.charAt(0));
            Ranking.offer(out, Kind.COUNT, unit, m.group(), Distractors.neighbours(n, 1, 10).stream()
                    .map(k -> Distractors.capitalise(NUMBER_WORDS.get(k), capital) + " " + noun).toList());
        }
        m = FRACTION.matcher(text);
        while (m.find()) {
            String answer = m.group(1);
            int i = FRACTIONS.indexOf(answer);
            List<String> others = new ArrayList<>(FRACTIONS);
            others.remove(answer);
            others.sort(Comparator.comparingInt(f -> Math.abs(FRACTIONS.indexOf(f) - i)));
            Ranking.offer(out, Kind.COUNT, unit, answer, others);
        }
    }
}

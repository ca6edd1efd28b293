package vn.hoctap.content.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.hoctap.content.document.Document;
import vn.hoctap.content.document.NewDocument;
import vn.hoctap.content.document.Section;
import vn.hoctap.content.document.StoredSection;
import vn.hoctap.content.text.Folding;

/**
 * Makes cloze ("fill in the blank") questions from a document, for an admin to review: a sentence
 * of the document with one fact replaced by "_____", the fact and three plausible distractors as
 * options. Facts are what members should remember: target years ("đến năm 2030"), percentages and
 * quantities ("10%", "2,1 con"), document numbers ("18-NQ/TW"), congress term and plenum ("khóa
 * XII", "Hội nghị Trung ương 6"), issuing bodies ("Bộ Chính trị"), counts ("sáu căn cứ") and the
 * multi-syllable terms the document keeps using ("nhất thể hóa"). Sentences from the objectives,
 * tasks and solutions are preferred; the document's own number, plenum, term and year are asked
 * from a sentence built from its metadata, with its title so the question is unambiguous.
 *
 * <p>Every question has exactly one correct option, which appears in {@code sourceSentence}; no
 * distractor appears there (compared word by word without diacritics, so a sentence that also
 * mentions 2025 never offers 2025 as a wrong answer for 2030); options are distinct; the question
 * fits a Telegram native quiz poll. Option order is shuffled with a seed derived from the document
 * id and the question, so the output is deterministic. Questions are GENERATED drafts.
 */
public class QuestionGenerator {

    /** At most this many questions per document, best first. */
    public static final int MAX_QUESTIONS = 15;

    static final String PREFIX = "Điền vào chỗ trống: ";
    static final String BLANK = "_____";
    static final String EXPLANATION_PREFIX = "Nguyên văn: ";
    private static final int DISTRACTORS = 3;
    private static final int MAX_PER_UNIT = 1;

    /**
     * What is blanked, how much it is worth, how many questions of the kind a document gets, and
     * whether the same value may be asked twice (10% can be two different targets; "bốn nhóm" asked
     * twice is the same fact).
     */
    enum Kind {
        DOCUMENT_NUMBER(1.25, 2, false), BODY(1.0, 2, false), CONGRESS_TERM(1.0, 2, false), PLENUM(1.1, 2, false),
        YEAR(1.15, 4, true), PERCENT(1.4, 5, true), QUANTITY(1.3, 4, true), COUNT(1.25, 3, false),
        KEY_TERM(1.0, 6, false);

        final double weight;
        final int cap;
        final boolean repeatable;

        Kind(double weight, int cap, boolean repeatable) {
            this.weight = weight;
            this.cap = cap;
            this.repeatable = repeatable;
        }
    }

    /** A sentence of the document, with the line introducing its list (if it is a list item). */
    record Unit(String text, String leadIn, double weight, int order, boolean metadata) {
        String full() {
            return leadIn == null ? text : leadIn + " " + text;
        }
    }

    record Candidate(Kind kind, Unit unit, String answer, List<String> distractors, double score) {
    }

    private static final Map<String, String> TYPE_NAMES = Map.of("NQ", "Nghị quyết", "QĐ", "Quy định", "CT", "Chỉ thị",
            "KL", "Kết luận", "KH", "Kế hoạch", "HD", "Hướng dẫn", "TB", "Thông báo", "QC", "Quy chế", "QĐi",
            "Quyết định", "CTr", "Chương trình");

    private static final Pattern CODE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\d{1,4})-(QĐi|CTr|QĐ|QD|NQ|KL|CT|HD|KH|TB|QC)/([\\p{Lu}]{1,8})(?![\\p{L}\\p{N}])");
    private static final List<String> BODIES = List.of("Ban Chấp hành Trung ương", "Bộ Chính trị", "Ban Bí thư",
            "Ủy ban Kiểm tra Trung ương", "Ban Tổ chức Trung ương", "Ban Tuyên giáo Trung ương");
    private static final Pattern BODY = Pattern.compile(
            "(?<![\\p{L}])(Ban Chấp hành Trung ương(?: Đảng)?|Bộ Chính trị|Ban Bí thư|[ỦU]y ban Kiểm tra Trung ương"
                    + "|Ban Tổ chức Trung ương|Ban Tuyên giáo Trung ương)(?![\\p{L}])");
    private static final Pattern CONGRESS_TERM = Pattern.compile(
            "(?<![\\p{L}])([Kk]hóa|[Kk]hoá|Đại hội) ([IVXL]{1,7})(?![\\p{L}\\p{N}])");
    private static final Pattern PLENUM = Pattern.compile("(?<![\\p{L}])(Hội nghị|Nghị quyết) Trung ương (\\d{1,2})(?![\\p{N}])");
    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\p{L}])(?:[Nn]ăm|mốc|[Gg]iai đoạn|[Hh]ướng tới) ((?:19|20)\\d\\d)(?![\\p{N}/])");
    private static final Pattern PERCENT = Pattern.compile("(?<![\\p{L}\\p{N},.])(\\d{1,3}(?:,\\d{1,2})?) ?%");
    private static final Pattern QUANTITY = Pattern.compile("(?<![\\p{L}\\p{N},./-])(\\d{1,4}(?:,\\d{1,2})?) "
            + "(năm liên tiếp|bé trai|biểu hiện|căn cứ|đơn vị|triệu|tuổi|năm|con|cm|lần|nhóm|tháng)(?![\\p{L}])");
    private static final List<String> NUMBER_WORDS = List.of("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy",
            "tám", "chín", "mười");
    private static final Pattern COUNT = Pattern.compile("(?<![\\p{L}])(hai|ba|bốn|năm|sáu|bảy|tám|chín|mười"
            + "|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) (năm liên tiếp|căn cứ|quan điểm|nhóm|biểu hiện|trường hợp|chương"
            + "|điểm mới|mặt|lần|khâu|chặng)(?![\\p{L}])");
    private static final List<String> FRACTIONS = List.of("một phần tư", "một phần ba", "một nửa", "hai phần ba",
            "ba phần tư");
    private static final Pattern FRACTION = Pattern.compile("(?<![\\p{L}])(một phần tư|một phần ba|hai phần ba|ba phần tư)(?![\\p{L}])");

    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble((Candidate c) -> -c.score())
            .thenComparingInt(c -> c.unit().order()).thenComparing(Candidate::answer);

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+(?=[\\p{Lu}\\d\"“«(])");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+•]|\\d{1,2}[.)])\\s+");

    public List<QuizQuestion> generate(long documentId, NewDocument doc, List<OtherDocument> library) {
        return questions(documentId, select(candidates(doc, library)));
    }

    /** The same for a stored document, with its sections as stored. */
    public List<QuizQuestion> generate(Document doc, List<StoredSection> sections, List<OtherDocument> library) {
        List<Section> parts = sections.stream().map(s -> new Section(s.level(), s.heading(), s.text())).toList();
        NewDocument rebuilt = new NewDocument(doc.type(), doc.number(), doc.issuer(), doc.issuedOn(), doc.title(),
                doc.summary(), doc.term(), doc.plenum(), doc.keyPoints(), parts);
        return generate(doc.id(), rebuilt, library);
    }

    /** Every question the document allows, before choosing the best {@link #MAX_QUESTIONS}. */
    List<QuizQuestion> allCandidates(long documentId, NewDocument doc, List<OtherDocument> library) {
        List<Candidate> all = new ArrayList<>(candidates(doc, library));
        all.sort(BEST_FIRST);
        return questions(documentId, all);
    }

    private static List<QuizQuestion> questions(long documentId, List<Candidate> candidates) {
        List<QuizQuestion> out = new ArrayList<>();
        Set<String> questions = new HashSet<>();
        for (Candidate c : candidates) {
            QuizQuestion q = question(documentId, c);
            if (q != null && questions.add(Phrases.key(q.question()))) {
                out.add(q);
            }
        }
        return List.copyOf(out);
    }

    private List<Candidate> candidates(NewDocument doc, List<OtherDocument> library) {
        List<Unit> units = units(doc);
        int issueYear = doc.issuedOn().getYear();
        Set<Integer> docYears = new TreeSet<>();
        for (Unit u : units) {
            Matcher m = YEAR.matcher(u.full());
            while (m.find()) {
                docYears.add(Integer.parseInt(m.group(1)));
            }
        }
        List<KeyTerms.Term> terms = KeyTerms.of(units.stream().filter(u -> !u.metadata()).map(Unit::text).toList(), 14);
        List<Candidate> candidates = new ArrayList<>();
        for (Unit unit : units) {
            extract(doc, library, unit, issueYear, docYears, candidates);
        }
        keyTerms(units, terms, candidates);
        List<Candidate> weighted = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            if (c.unit().metadata()) {
                weighted.add(c);
                continue;
            }
            long mentions = units.stream().filter(u -> !u.metadata() && Phrases.contains(u.full(), c.answer())).count();
            double bonus = Math.min(0.3, 0.1 * (mentions - 1));
            weighted.add(new Candidate(c.kind(), c.unit(), c.answer(), c.distractors(), c.score() + bonus));
        }
        return weighted;
    }

    // ---------------------------------------------------------------- units

    static List<Unit> units(NewDocument doc) {
        List<Unit> units = new ArrayList<>();
        units.add(new Unit(metadataSentence(doc), null, 1.5, -1, true));
        if (doc.summary() != null) {
            for (String paragraph : doc.summary().split("\\n\\s*\\n")) {
                for (String s : SENTENCE_END.split(paragraph.strip().replaceAll("\\s+", " "))) {
                    add(units, s, null, 1.0);
                }
            }
        }
        for (String point : doc.keyPoints()) {
            for (String s : SENTENCE_END.split(point)) {
                add(units, s, null, 1.2);
            }
        }
        String parent = "";
        for (Section section : doc.sections()) {
            if (section.level() == 1) {
                parent = section.heading();
            }
            double weight = weight(section.level() == 1 ? section.heading() : parent + " " + section.heading());
            String leadIn = null;
            for (String line : section.text().split("\\n")) {
                if (line.isBlank()) {
                    leadIn = null;
                    continue;
                }
                Matcher item = LIST_ITEM.matcher(line);
                if (item.find()) {
                    for (String s : SENTENCE_END.split(line.substring(item.end()).strip())) {
                        add(units, s, leadIn, weight);
                    }
                    continue;
                }
                String paragraph = line.strip();
                leadIn = paragraph.endsWith(":") && paragraph.length() <= 120 ? paragraph : null;
                for (String s : SENTENCE_END.split(paragraph)) {
                    if (!s.strip().endsWith(":")) {
                        add(units, s, null, weight);
                    }
                }
            }
        }
        return units;
    }

    private static void add(List<Unit> units, String sentence, String leadIn, double weight) {
        String s = sentence.strip();
        if (s.length() >= 20 && s.split("\\s+").length >= 5) {
            units.add(new Unit(s, leadIn, weight, units.size(), false));
        }
    }

    /** Members need the objectives, tasks and solutions more than the review of the past. */
    static double weight(String heading) {
        String h = Folding.fold(heading);
        if (h.contains("muc tieu")) {
            return 1.6;
        }
        if (h.contains("nhiem vu") || h.contains("giai phap")) {
            return 1.5;
        }
        if (h.contains("quan diem") || h.contains("dinh huong")) {
            return 1.3;
        }
        if (h.contains("tinh hinh") || h.contains("nguyen nhan") || h.contains("ket qua") || h.contains("han che")
                || h.contains("boi canh") || h.contains("danh gia")) {
            return 0.6;
        }
        return 1.0;
    }

    /** The document's number, title, plenum, term and year as one sentence. */
    static String metadataSentence(NewDocument doc) {
        String title = doc.title();
        if (title.length() > 110) {
            int cut = title.indexOf(';');
            if (cut < 20 || cut > 110) {
                cut = title.lastIndexOf(' ', 100);
            }
            title = title.substring(0, cut).replaceAll("[,;\\s]+$", "") + "…";
        }
        StringBuilder sb = new StringBuilder(TYPE_NAMES.getOrDefault(doc.type(), "Văn bản")).append(" số ")
                .append(doc.code()).append(" «").append(title).append("» được ban hành");
        if (doc.plenum() != null) {
            sb.append(" tại Hội nghị Trung ương ").append(doc.plenum());
            if (doc.term() != null) {
                sb.append(" khóa ").append(doc.term());
            }
        } else if (doc.term() != null) {
            sb.append(" trong nhiệm kỳ khóa ").append(doc.term());
        }
        return sb.append(", năm ").append(doc.issuedOn().getYear()).append('.').toString();
    }

    // ---------------------------------------------------------------- candidates

    private void extract(NewDocument doc, List<OtherDocument> library, Unit unit, int issueYear, Set<Integer> docYears,
            List<Candidate> out) {
        String text = unit.full();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            String code = m.group();
            if (unit.metadata() || !code.equals(doc.code())) {
                offer(out, Kind.DOCUMENT_NUMBER, unit, code, codeDistractors(m.group(1), m.group(2), m.group(3), doc, library));
            }
        }
        m = BODY.matcher(text);
        while (m.find()) {
            String answer = m.group(1);
            String plain = answer.replace(" Đảng", "").replace("Uỷ", "Ủy");
            offer(out, Kind.BODY, unit, answer, BODIES.stream().filter(b -> !b.equals(plain)).toList());
        }
        m = CONGRESS_TERM.matcher(text);
        while (m.find()) {
            int n = roman(m.group(2));
            if (n > 0) {
                String prefix = m.group(1);
                offer(out, Kind.CONGRESS_TERM, unit, m.group(),
                        neighbours(n, 1, 20).stream().map(k -> prefix + " " + roman(k)).toList());
            }
        }
        m = PLENUM.matcher(text);
        while (m.find()) {
            String prefix = m.group(1) + " Trung ương ";
            offer(out, Kind.PLENUM, unit, m.group(),
                    neighbours(Integer.parseInt(m.group(2)), 1, 20).stream().map(k -> prefix + k).toList());
        }
        m = YEAR.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            offer(out, Kind.YEAR, unit, m.group(1), yearDistractors(year, issueYear, docYears, unit.metadata()));
        }
        m = PERCENT.matcher(text);
        while (m.find()) {
            offer(out, Kind.PERCENT, unit, m.group(), numberDistractors(m.group(1), true).stream()
                    .map(v -> v + "%").toList());
        }
        m = QUANTITY.matcher(text);
        while (m.find()) {
            String number = m.group(1);
            if (number.matches("(19|20)\\d\\d") || number.equals("100")) {
                continue;
            }
            String unitWord = m.group(2);
            offer(out, Kind.QUANTITY, unit, m.group(), numberDistractors(number, false).stream()
                    .map(v -> v + " " + unitWord).toList());
        }
        m = COUNT.matcher(text);
        while (m.find()) {
            String word = m.group(1);
            int n = NUMBER_WORDS.indexOf(word.toLowerCase(Locale.ROOT));
            String noun = m.group(2);
            boolean capital = Character.isUpperCase(word.charAt(0));
            offer(out, Kind.COUNT, unit, m.group(), neighbours(n, 1, 10).stream()
                    .map(k -> capitalise(NUMBER_WORDS.get(k), capital) + " " + noun).toList());
        }
        m = FRACTION.matcher(text);
        while (m.find()) {
            String answer = m.group(1);
            int i = FRACTIONS.indexOf(answer);
            List<String> others = new ArrayList<>(FRACTIONS);
            others.remove(answer);
            others.sort(Comparator.comparingInt(f -> Math.abs(FRACTIONS.indexOf(f) - i)));
            offer(out, Kind.COUNT, unit, answer, others);
        }
    }

    private static void keyTerms(List<Unit> units, List<KeyTerms.Term> terms, List<Candidate> out) {
        for (KeyTerms.Term term : terms) {
            List<String> others = terms.stream().filter(t -> t != term)
                    .filter(t -> !KeyTerms.overlaps(t.key(), term.key()) && wordOverlap(t.key(), term.key()) <= 0.34)
                    .sorted(Comparator.comparingInt((KeyTerms.Term t) -> Math.abs(t.syllables() - term.syllables()))
                            .thenComparing(t -> -t.count()).thenComparing(KeyTerms.Term::key))
                    .map(KeyTerms.Term::text).toList();
            for (Unit unit : units) {
                if (unit.metadata()) {
                    continue;
                }
                List<int[]> at = Phrases.occurrences(unit.full(), term.text());
                if (at.isEmpty()) {
                    continue;
                }
                String answer = unit.full().substring(at.get(0)[0], at.get(0)[1]);
                // distractors start with a capital only where a sentence starts, not after a name ("Công an nhân dân")
                String before = unit.full().substring(0, at.get(0)[0]).stripTrailing();
                boolean capital = Character.isUpperCase(answer.charAt(0))
                        && (before.isEmpty() || before.endsWith(":") || before.endsWith("."));
                offer(out, Kind.KEY_TERM, unit, answer, others.stream().map(o -> capitalise(o, capital)).toList());
            }
        }
    }

    /** Keeps the candidate if three distractors survive: not in the sentence, distinct, not the answer. */
    private static void offer(List<Candidate> out, Kind kind, Unit unit, String answer, List<String> pool) {
        String sentence = unit.full();
        Set<String> keys = new HashSet<>();
        keys.add(Phrases.key(answer));
        List<String> chosen = new ArrayList<>();
        for (String d : pool) {
            if (chosen.size() == DISTRACTORS) {
                break;
            }
            String option = d.strip();
            if (option.isEmpty() || option.length() > TelegramQuizLimits.MAX_OPTION || Phrases.contains(sentence, option)
                    || !keys.add(Phrases.key(option))) {
                continue;
            }
            chosen.add(option);
        }
        if (chosen.size() < DISTRACTORS || Phrases.occurrences(sentence, answer).isEmpty()) {
            return;
        }
        double score = unit.weight() * kind.weight;
        if (kind == Kind.YEAR && Folding.fold(sentence).matches(".*(den nam|moc|huong toi|muc tieu).*")) {
            score += 0.2;
        }
        if (unit.full().length() > 260) {
            score *= 0.9;
        }
        out.add(new Candidate(kind, unit, answer, List.copyOf(chosen), score));
    }

    /** Best first, with per-kind and per-sentence caps and without asking the same fact twice. */
    private static List<Candidate> select(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(BEST_FIRST);
        Map<Kind, Integer> perKind = new EnumMap<>(Kind.class);
        Map<Integer, Integer> perUnit = new java.util.HashMap<>();
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : sorted) {
            if (chosen.size() == MAX_QUESTIONS) {
                break;
            }
            if (perKind.getOrDefault(c.kind(), 0) >= c.kind().cap
                    || perUnit.getOrDefault(c.unit().order(), 0) >= (c.unit().metadata() ? 2 : MAX_PER_UNIT)) {
                continue;
            }
            String answer = Phrases.key(c.answer());
            List<Candidate> sameAnswer = chosen.stream().filter(o -> Phrases.key(o.answer()).equals(answer)).toList();
            boolean repeat = sameAnswer.size() >= (c.kind().repeatable ? 2 : 1) || sameAnswer.stream()
                    .anyMatch(o -> wordOverlap(Phrases.key(anchor(o)), Phrases.key(anchor(c))) >= 0.4);
            if (repeat) {
                continue;
            }
            chosen.add(c);
            perKind.merge(c.kind(), 1, Integer::sum);
            perUnit.merge(c.unit().order(), 1, Integer::sum);
        }
        return chosen;
    }

    /** The part of the sentence the question is about: the list's lead-in when the answer is there. */
    private static String anchor(Candidate c) {
        Unit u = c.unit();
        if (u.leadIn() != null && !Phrases.occurrences(u.leadIn(), c.answer()).isEmpty()) {
            return u.leadIn();
        }
        return u.full();
    }

    // ---------------------------------------------------------------- distractors

    private static List<String> codeDistractors(String number, String type, String issuer, NewDocument doc,
            List<OtherDocument> library) {
        String canonicalType = type.equals("QD") ? "QĐ" : type;
        int n = Integer.parseInt(number);
        String code = number + "-" + type + "/" + issuer;
        Set<String> out = new LinkedHashSet<>();
        library.stream().filter(d -> d.type().equals(canonicalType) && !d.code().equals(code))
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
    static List<String> yearDistractors(int year, int issueYear, Set<Integer> docYears, boolean issue) {
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
    static List<String> numberDistractors(String written, boolean percent) {
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

    // ---------------------------------------------------------------- question text

    private static QuizQuestion question(long documentId, Candidate c) {
        Unit unit = c.unit();
        String source = unit.full();
        int budget = TelegramQuizLimits.MAX_QUESTION - PREFIX.length();
        String cloze;
        if (unit.leadIn() != null && unit.leadIn().length() < budget / 2) {
            String lead = blanked(unit.leadIn(), c.answer());
            String body = blanked(unit.text(), c.answer());
            int room = budget - lead.length() - 1;
            int at = body.indexOf(BLANK);
            cloze = lead + " " + Trim.around(body, Math.max(at, 0), at < 0 ? 0 : at + BLANK.length(), room);
        } else {
            String whole = blanked(source, c.answer());
            int at = whole.indexOf(BLANK);
            cloze = Trim.around(whole, at, at + BLANK.length(), budget);
        }
        if (!cloze.contains(BLANK)) {
            return null;
        }
        List<int[]> at = Phrases.occurrences(source, c.answer());
        String explanation = EXPLANATION_PREFIX + Trim.around(source, at.get(0)[0], at.get(0)[1],
                TelegramQuizLimits.MAX_EXPLANATION - EXPLANATION_PREFIX.length());
        String question = PREFIX + cloze;
        List<String> options = new ArrayList<>(c.distractors());
        options.add(c.answer());
        Collections.shuffle(options, new Random(documentId * 0x9E3779B97F4A7C15L ^ question.hashCode()));
        QuizQuestion q;
        try {
            q = QuizQuestion.generated(documentId, question, options, options.indexOf(c.answer()), explanation, source);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return follows(q) ? q : null;
    }

    /** The rules every generated question keeps (checked again here so a bad one is dropped, not stored). */
    static boolean follows(QuizQuestion q) {
        if (q.correct().size() != 1 || !TelegramQuizLimits.fitsNativePoll(q) || q.sourceSentence() == null) {
            return false;
        }
        String answer = q.correctOptions().get(0);
        if (!q.sourceSentence().contains(answer)) {
            return false;
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < q.options().size(); i++) {
            String option = q.options().get(i);
            if (!keys.add(Phrases.key(option))) {
                return false;
            }
            if (!q.correct().contains(i) && Phrases.contains(q.sourceSentence(), option)) {
                return false;
            }
        }
        return !Phrases.contains(q.question(), answer);
    }

    /** Every occurrence of the answer replaced by the blank. */
    static String blanked(String text, String answer) {
        StringBuilder sb = new StringBuilder();
        int last = 0;
        for (int[] span : Phrases.occurrences(text, answer)) {
            sb.append(text, last, span[0]).append(BLANK);
            last = span[1];
        }
        return sb.append(text.substring(last)).toString();
    }

    // ---------------------------------------------------------------- small helpers

    static double wordOverlap(String a, String b) {
        Set<String> x = new HashSet<>(List.of(a.split(" ")));
        Set<String> y = new HashSet<>(List.of(b.split(" ")));
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        x.addAll(y);
        return x.isEmpty() ? 0 : (double) both.size() / x.size();
    }

    private static String capitalise(String s, boolean capital) {
        if (s.isEmpty()) {
            return s;
        }
        Function<String, String> first = capital ? c -> c.toUpperCase(Locale.ROOT) : c -> c;
        return first.apply(s.substring(0, 1)) + s.substring(1);
    }

    private static String pad(int n, int width) {
        String s = Integer.toString(n);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    private static int parse(String number) {
        String digits = number.replaceAll("\\D", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }

    private static final String[] ROMAN_SYMBOLS = {"L", "XL", "X", "IX", "V", "IV", "I"};
    private static final int[] ROMAN_VALUES = {50, 40, 10, 9, 5, 4, 1};

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

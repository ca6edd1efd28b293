package vn.hoctap.content.quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The multi-syllable phrases a document keeps coming back to ("nhất thể hóa", "già hóa dân số",
 * "mức sinh thay thế"): word n-grams of 3 to 6 syllables that recur, do not start or end with a
 * function word, are not boilerplate every party document shares, and are not a fragment of a
 * longer recurring phrase.
 */
final class KeyTerms {

    /** A recurring phrase: its usual spelling, lower-case key, syllable count and number of occurrences. */
    record Term(String text, String key, int syllables, int count) {
    }

    private static final Pattern CLAUSE = Pattern.compile("[,.;:!?()\"“”«»…/]|\\s[-–—]\\s|\\n|\\d+");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** Words a term never starts or ends with (lower-case, with diacritics). */
    private static final Set<String> EDGE = Set.of("và", "của", "các", "những", "trong", "để", "với", "là", "có",
            "được", "cho", "theo", "từ", "đến", "một", "này", "đó", "khi", "về", "tại", "trên", "thì", "mà", "như", "ở",
            "sẽ", "đã", "đang", "cũng", "còn", "hơn", "rất", "mỗi", "nhiều", "lại", "ra", "vào", "bằng", "nên", "cần",
            "phải", "không", "chưa", "vừa", "đều", "giữa", "sau", "trước", "bị", "ấy", "nào", "hay", "hoặc", "nếu",
            "vì", "bởi", "cả", "chỉ", "từng", "luôn", "gồm", "nhằm", "qua", "sang", "ngay", "đây", "đi", "lên",
            "xuống", "hết", "thêm", "dưới", "mọi", "nhau", "chung", "rõ", "đối", "gì", "hai", "ba", "bốn",
            "năm", "sáu", "bảy", "tám", "chín", "mười", "việc", "điều", "nơi", "lúc", "thật", "sự",
            "kịp", "thời", "dần", "đầy", "thứ", "so", "nhưng", "khoảng", "đủ", "chặt", "chẽ", "hướng", "mình", "họ", "tôi", "bản");

    /** Function words: a phrase next to one of them is not cut out of a longer word. */
    private static final Set<String> FUNCTION = Set.of("và", "của", "các", "những", "trong", "để", "với", "là", "có",
            "được", "cho", "theo", "từ", "đến", "một", "này", "đó", "khi", "về", "tại", "trên", "thì", "mà", "như",
            "ở", "sẽ", "đã", "đang", "cũng", "còn", "hơn", "rất", "mỗi", "nhiều", "lại", "vào", "bằng", "nên", "cần",
            "phải", "không", "chưa", "vừa", "đều", "giữa", "bị", "hoặc", "nếu", "vì", "bởi", "cả", "chỉ", "từng",
            "nhằm", "qua", "mọi", "hay");

    /** Words that make a clause, not a term, when they occur inside the phrase. */
    private static final Set<String> CLAUSAL = Set.of("là", "được", "có", "phải", "cần", "đã", "sẽ", "đang", "thì",
            "mà", "nên", "khóa", "khoá", "ngày", "tháng", "bị", "không", "chưa", "các", "những", "mỗi", "từ", "khi",
            "hoặc", "hay", "nhưng", "so", "khoảng", "chỉ");

    /** Verb pairs that make a clause when they occur after the first word ("Trung ương bổ sung nhóm"). */
    private static final Set<String> INNER_VERBS = Set.of("bổ sung", "ban hành", "tổng kết", "đề ra", "yêu cầu",
            "xác định", "chỉ rõ", "nêu rõ", "đưa vào", "trở thành", "tiếp tục", "thực hiện", "góp phần", "bảo đảm",
            "theo dõi", "đặt ra", "nâng cao", "tăng cường", "đẩy mạnh");

    private static final Set<String> NUMBERS = Set.of("hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười",
            "mươi", "trăm", "nghìn", "triệu");

    /** Two-word starts that make a verb phrase rather than a term. */
    private static final Set<String> VERB_STARTS = Set.of("nâng cao", "đẩy mạnh", "tăng cường", "tiếp tục", "bảo đảm",
            "xây dựng", "thực hiện", "góp phần", "chủ động", "kiên quyết", "tập trung", "phát huy", "hoàn thiện",
            "hoàn thành", "khắc phục", "coi trọng", "chú trọng", "đề cao", "quan tâm", "tổ chức thực", "đổi mới",
            "duy trì", "giải quyết", "đưa ra", "quán triệt", "nghiên cứu", "phấn đấu", "mở rộng", "phát triển",
            "xử lý", "tạo ra", "đánh giá", "rà soát", "kết hợp", "gắn với", "gắn liền", "cải thiện", "thống nhất",
            "huy động", "hỗ trợ", "khuyến khích", "tận dụng", "củng cố", "chịu trách",
            "giảm tối", "giảm mạnh", "tăng tối", "làm tốt", "đưa vào", "bổ sung", "ban hành", "tổng kết", "trở thành",
            "làm theo", "đề ra", "yêu cầu", "xác định", "nêu rõ", "chỉ rõ", "tạo điều", "xảy ra", "giao nhiệm",
            "giữ nguyên", "giữ vững");

    /** Folded phrases every party document shares; a term containing one is not specific to the document. */
    private static final List<String> BOILERPLATE = List.of("ke hoach hanh dong", "bai thu hoach", "nguoi dung dau",
            "cap uy cap tren", "to chuc dang", "mat tran to quoc", "doan the chinh tri", "chinh tri xa hoi",
            "kinh te xa hoi", "tinh hinh moi", "nghi quyet trung uong", "hoi nghi trung uong", "ban chap hanh",
            "bo chinh tri", "ban bi thu", "moi dang vien", "co quan don vi", "chuong trinh hanh dong",
            "to chuc thuc hien", "hoc tap quan triet", "sinh hoat chi bo", "can bo dang vien", "dang vien can",
            "nghi quyet nay", "trung uong dang", "dang vien va", "nhan dan doi voi", "cap uy chinh quyen",
            "nghi quyet yeu cau", "nghi quyet dat", "nghi quyet neu", "theo quy dinh", "quy dinh hien hanh",
            "kiem tra giam sat", "cap uy cac cap", "to chuc bo may cac", "nhiem vu giai phap", "muc tieu cu the",
            "muc tieu tong quat", "quan diem chi dao", "tinh hinh va nguyen nhan", "quy dinh so", "nghi quyet so",
            "ket luan so", "chi thi so", "ke hoach so", "van kien");

    private KeyTerms() {
    }

    /** The document's key terms, most characteristic first, at most {@code limit}. */
    static List<Term> of(List<String> texts, int limit) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        Map<String, Map<String, Integer>> lefts = new HashMap<>();
        Map<String, Map<String, Integer>> rights = new HashMap<>();
        for (String text : texts) {
            for (String clause : CLAUSE.split(text)) {
                List<String> words = new ArrayList<>();
                Matcher m = WORD.matcher(clause);
                while (m.find()) {
                    words.add(m.group());
                }
                for (int n = 3; n <= 6; n++) {
                    for (int i = 0; i + n <= words.size(); i++) {
                        List<String> gram = words.subList(i, i + n);
                        if (!acceptable(gram)) {
                            continue;
                        }
                        String surface = String.join(" ", gram);
                        String key = surface.toLowerCase(Locale.ROOT);
                        counts.merge(key, 1, Integer::sum);
                        spellings.computeIfAbsent(key, k -> new HashMap<>()).merge(surface, 1, Integer::sum);
                        lefts.computeIfAbsent(key, k -> new HashMap<>()).merge(context(words, i - 1), 1, Integer::sum);
                        rights.computeIfAbsent(key, k -> new HashMap<>()).merge(context(words, i + n), 1, Integer::sum);
                    }
                }
            }
        }
        Map<String, Integer> recurring = new LinkedHashMap<>();
        counts.forEach((key, count) -> {
            String folded = Phrases.key(key);
            if (count >= 2 && BOILERPLATE.stream().noneMatch(folded::contains)
                    && wholeWords(lefts.get(key), count) && wholeWords(rights.get(key), count)) {
                recurring.put(key, count);
            }
        });
        // a fragment of a longer recurring phrase ("sinh thay thế" of "mức sinh thay thế") is not a term
        List<String> maximal = recurring.keySet().stream().filter(key -> recurring.entrySet().stream()
                .noneMatch(e -> e.getKey().length() > key.length() && (" " + e.getKey() + " ").contains(" " + key + " ")
                        && e.getValue() >= recurring.get(key) * 0.7)).toList();
        List<Term> candidates = new ArrayList<>();
        for (String key : maximal) {
            int syllables = key.split(" ").length;
            candidates.add(new Term(spelling(spellings.get(key)), key, syllables, recurring.get(key)));
        }
        candidates.sort(Comparator.comparingDouble((Term t) -> -t.count() * Math.sqrt(t.syllables()))
                .thenComparing(Term::key));
        List<Term> chosen = new ArrayList<>();
        for (Term t : candidates) {
            if (chosen.size() >= limit) {
                break;
            }
            if (chosen.stream().noneMatch(c -> overlaps(c.key(), t.key()))) {
                chosen.add(t);
            }
        }
        return chosen;
    }

    /**
     * The syllable next to an occurrence, or "#" at a clause boundary or a function word. A phrase
     * almost always preceded (or followed) by the same syllable cuts a word in two: "chế kiểm soát
     * quyền lực" is always "cơ chế…", "Mặt trận Tổ" always "…quốc".
     */
    private static String context(List<String> words, int i) {
        if (i < 0 || i >= words.size()) {
            return "#";
        }
        String w = words.get(i).toLowerCase(Locale.ROOT);
        return FUNCTION.contains(w) ? "#" : w;
    }

    private static boolean wholeWords(Map<String, Integer> contexts, int count) {
        return contexts.entrySet().stream().noneMatch(e -> !e.getKey().equals("#") && e.getValue() * 2 > count);
    }

    private static boolean acceptable(List<String> gram) {
        String first = gram.get(0).toLowerCase(Locale.ROOT);
        String last = gram.get(gram.size() - 1).toLowerCase(Locale.ROOT);
        if (EDGE.contains(first) || EDGE.contains(last)) {
            return false;
        }
        String start = (first + " " + gram.get(1)).toLowerCase(Locale.ROOT);
        for (int i = 0; i + 1 < gram.size(); i++) {
            if (FUNCTION.contains(gram.get(i).toLowerCase(Locale.ROOT))
                    && FUNCTION.contains(gram.get(i + 1).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        for (int i = 1; i + 1 < gram.size(); i++) {
            if (INNER_VERBS.contains((gram.get(i) + " " + gram.get(i + 1)).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return !VERB_STARTS.contains(start) && gram.stream().allMatch(w -> (w.length() > 1 || w.equalsIgnoreCase("y"))
                && !NUMBERS.contains(w.toLowerCase(Locale.ROOT)) && !CLAUSAL.contains(w.toLowerCase(Locale.ROOT))
                && !w.matches("[IVXL]+"));
    }

    /** One contains the other, or one ends with two or more words the other starts with. */
    static boolean overlaps(String a, String b) {
        String sa = " " + a + " ";
        String sb = " " + b + " ";
        if (sa.contains(sb) || sb.contains(sa)) {
            return true;
        }
        return tailHead(a.split(" "), b.split(" ")) >= 2 || tailHead(b.split(" "), a.split(" ")) >= 2;
    }

    private static int tailHead(String[] a, String[] b) {
        for (int k = Math.min(a.length, b.length) - 1; k >= 1; k--) {
            boolean same = true;
            for (int i = 0; i < k && same; i++) {
                same = a[a.length - k + i].equals(b[i]);
            }
            if (same) {
                return k;
            }
        }
        return 0;
    }

    /** The usual spelling: lower-case initial unless the phrase is always written capitalised (a name). */
    private static String spelling(Map<String, Integer> spellings) {
        return spellings.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> Character.isUpperCase(e.getKey().charAt(0)))
                        .thenComparing(e -> -e.getValue()).thenComparing(Map.Entry::getKey))
                .map(e -> {
                    String s = e.getKey();
                    boolean alwaysCapital = spellings.keySet().stream().allMatch(k -> Character.isUpperCase(k.charAt(0)));
                    boolean nameLike = s.chars().skip(1).anyMatch(Character::isUpperCase);
                    if (alwaysCapital && !nameLike) {
                        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
                    }
                    return s;
                }).findFirst().orElseThrow();
    }
}

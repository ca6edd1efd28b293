package vn.hoctap.content.search;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Members search by asking: "Nghệ An có bao nhiêu đảng viên đã học?", "chi bộ kiểu mẫu là gì".
 * The question words say what kind of answer is wanted, not what it is about, and would otherwise
 * match every text that happens to contain "bao nhiêu" or "là gì". Typed with or without
 * diacritics; ambiguous folded forms ("may" could be "máy", "dau" could be "đầu") are left alone.
 */
final class QuestionWords {

    private static final List<String> PHRASES = List.of("là bao nhiêu", "la bao nhieu", "là như thế nào",
            "la nhu the nao", "như thế nào", "nhu the nao", "thế nào", "the nao", "ra sao",
            "bao nhiêu", "bao nhieu", "là gì", "la gi", "là ai", "la ai", "khi nào", "khi nao", "bao giờ", "bao gio",
            "ở đâu", "o dau", "vì sao", "vi sao", "tại sao", "tai sao", "làm sao", "lam sao", "có đúng không",
            "co dung khong", "có phải", "co phai", "hay không", "hay khong", "được không", "duoc khong", "phải không",
            "phai khong", "một lần nữa", "mot lan nua", "cho tôi biết", "cho toi biet", "cho biết", "cho biet",
            "xin hỏi", "xin hoi", "gì", "gi", "nào", "nao", "mấy");
    private static final Pattern PATTERN = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:"
            + String.join("|", PHRASES.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])"
            + "|(?iu)^ai(?![\\p{L}\\p{N}])|(?iu)(?<![\\p{L}\\p{N}])không\\s*\\??$|[?¿]");

    private QuestionWords() {
    }

    /** The query without its question words; the query itself if nothing else would remain. */
    static String strip(String query) {
        String stripped = PATTERN.matcher(query).replaceAll(" ").replaceAll("\\s+", " ").strip();
        return stripped.isEmpty() ? query : stripped;
    }
}

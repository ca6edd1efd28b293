package vn.hoctap.content.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what a web page or a copy-paste wraps around the text of a report or news article, so it
 * never reaches summaries, quizzes or the search index: photo captions ("Ảnh: …"), bylines,
 * timestamps ("Cập nhật lúc 07:48…"), view counters, share and comment boilerplate ("Vui lòng nhập
 * tên của bạn ở đây") and everything after a "Tin liên quan"-style marker (unrelated items).
 * Works line by line; a line of real prose is never touched except for an inline "(Ảnh: …)".
 */
public final class TextCleaner {

    /** A short line starting this way ends the article: what follows is other news or the comment form. */
    private static final Pattern TRAILER = Pattern.compile("(?iu)^(?:tin liên quan|tin cùng chuyên mục|bài viết liên quan"
            + "|các tin khác|tin khác|tin mới|tin đọc nhiều|xem thêm|đọc thêm|có thể bạn quan tâm|ý kiến bạn đọc"
            + "|bình luận|gửi bình luận|viết bình luận|ý kiến của bạn|vui lòng nhập|từ khóa|từ khoá|tags?\\b|chủ đề:"
            + "|bài liên quan|tin bài liên quan|cùng chuyên mục)");
    private static final Pattern CAPTION = Pattern.compile("(?iu)(?:^|[.)]\\s*|\\s[-–]\\s*)\\(?(?:ảnh|nguồn ảnh|ảnh minh họa"
            + "|ảnh minh hoạ|photo|video|clip)\\s*:");
    private static final Pattern INLINE_CAPTION = Pattern.compile("(?iu)\\s*\\((?:ảnh|nguồn ảnh|ảnh minh họa|ảnh minh hoạ)"
            + "(?:\\s*:[^)]{0,120})?\\)");
    private static final Pattern TIMESTAMP = Pattern.compile("(?iu)^(?:cập nhật|đăng lúc|đăng ngày|ngày đăng|ngày cập nhật"
            + "|xuất bản|thời gian đăng|(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)\\s*,|\\d{1,2}:\\d{2}\\b|\\d{1,2}/\\d{1,2}/\\d{4}"
            + "\\s*(?:[-|,]?\\s*\\d{1,2}:\\d{2})?\\s*(?:\\(GMT\\+7\\))?$)");
    private static final Pattern COUNTER = Pattern.compile("(?iu)(?:lượt xem|lượt đọc|lượt thích|lượt chia sẻ|số lần xem"
            + "|\\d+\\s*bình luận|lượt nghe)");
    private static final Pattern BOILERPLATE = Pattern.compile("(?iu)^(?:chia sẻ|share|facebook|zalo|twitter|email|in bài"
            + "|gửi bài|lưu bài|lưu tin|in trang|bản in|quay lại|về đầu trang|theo dõi (?:chúng tôi|báo|trên|tại)|nghe đọc|nghe bài|nghe audio|cỡ chữ"
            + "|họ và tên|họ tên|mã xác nhận|gửi$|hủy$|copyright|©|bản quyền|trang chủ|chuyên mục|thích$|like$"
            + "|\\(?ảnh minh (?:họa|hoạ)\\)?\\.?$|https?://|www\\.|\\d{1,2}:\\d{2}$|a\\s*a\\s*a$|[0-9.]+$)");
    private static final Pattern BYLINE = Pattern.compile("(?u)^(?:(?:Bài(?: và ảnh|, ảnh)?|Tin(?:, ảnh| và ảnh)?|Ảnh"
            + "|Nhóm PV|PV|Phóng viên|Tác giả|Người viết|Thực hiện|Biên tập)\\s*:.*|PV|Nhóm PV|CTV|BTV)$");
    private static final Pattern SOURCE = Pattern.compile("(?u)^(?:Nguồn|Theo)\\s*:?\\s+(\\S.{1,80}?)\\s*\\.?$");
    /** "Nguyễn Văn An", "Minh Hằng (TTXVN)", "Hồng Nhung - Văn Thắng": a name alone on the last line. */
    private static final Pattern NAME_LINE = Pattern.compile(
            "(?u)^\\p{Lu}\\p{L}*(?:\\s\\p{Lu}\\p{L}*){0,4}(?:\\s*[-–,]\\s*\\p{Lu}\\p{L}*(?:\\s\\p{Lu}\\p{L}*){0,4})*(?:\\s*\\([^)]{1,30}\\))?$");
    private static final int SHORT_LINE = 90;

    private TextCleaner() {
    }

    /** The text with boilerplate lines removed, lines kept in order (blank lines kept as paragraph breaks). */
    public static String clean(String text) {
        return String.join("\n", cleanLines(text.lines().toList()));
    }

    public static List<String> cleanLines(List<String> lines) {
        List<String> out = new ArrayList<>();
        int prose = 0;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                out.add("");
                continue;
            }
            if (line.length() <= SHORT_LINE && TRAILER.matcher(line).find()) {
                if (prose > 0) {
                    break;
                }
                continue;
            }
            String kept = INLINE_CAPTION.matcher(raw).replaceAll("").stripTrailing();
            if (kept.isBlank() || isBoilerplate(kept)) {
                continue;
            }
            out.add(kept);
            prose += line.length() > SHORT_LINE ? 1 : 0;
        }
        // bylines and source lines after the last paragraph of prose
        while (!out.isEmpty() && (out.get(out.size() - 1).isBlank() || isTrailingByline(out.get(out.size() - 1).strip()))) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** "Nguồn: Báo Nghệ An" or "Theo baohatinh.vn" among the lines, if the text names its source. */
    public static Optional<String> source(List<String> lines) {
        for (String line : lines) {
            Matcher m = SOURCE.matcher(line.strip());
            if (m.matches() && line.length() <= SHORT_LINE) {
                return Optional.of(m.group(1).replaceAll("[.;,]+$", "").strip());
            }
        }
        return Optional.empty();
    }

    /** A line that is page furniture, not part of the text. */
    public static boolean isBoilerplate(String line) {
        String s = line.strip();
        if (s.length() > 260) {
            return false;
        }
        if (BYLINE.matcher(s).matches() || s.matches("(?iu)^(?:cập nhật|đăng lúc|ngày đăng).{0,60}\\d{1,2}[:/].*")) {
            return true;
        }
        if (s.length() <= SHORT_LINE && (TIMESTAMP.matcher(s).find() || BOILERPLATE.matcher(s).find()
                || COUNTER.matcher(s).find())) {
            return true;
        }
        // a caption: "Đồng chí … phát biểu tại hội nghị. Ảnh: Thu Hà", or a line that starts with "Ảnh:"
        return CAPTION.matcher(s).find() && s.length() <= 220;
    }

    private static boolean isTrailingByline(String line) {
        return line.length() <= 60 && (NAME_LINE.matcher(line).matches() || SOURCE.matcher(line).matches());
    }
}

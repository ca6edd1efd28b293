package vn.hoctap.content.importing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The party document types an importer accepts: the code in the number ("NQ" in "18-NQ/TW") and
 * the name printed above the title ("NGHỊ QUYẾT"). Codes typed without Đ ("QD") are accepted.
 */
final class DocumentTypes {

    /** Codes as they are written, longest first so a regex alternation prefers "QĐi" to "QĐ". */
    static final List<String> CODES = List.of("QĐi", "CTr", "QĐ", "NQ", "KL", "CT", "HD", "KH", "TB", "QC");

    /** Regex for a code in a document number, including the forms typed without Đ. */
    static final String CODE_REGEX = "QĐi|QDi|CTr|QĐ|QD|NQ|KL|CT|HD|KH|TB|QC";

    /** Names printed on their own line above the title. */
    static final List<String> NAMES = List.of("NGHỊ QUYẾT", "KẾT LUẬN", "CHỈ THỊ", "QUY ĐỊNH", "QUYẾT ĐỊNH",
            "HƯỚNG DẪN", "KẾ HOẠCH", "THÔNG BÁO", "QUY CHẾ", "CHƯƠNG TRÌNH");

    private static final Map<String, String> BY_KEY = Map.of("QDI", "QĐi", "CTR", "CTr", "QD", "QĐ", "NQ", "NQ",
            "KL", "KL", "CT", "CT", "HD", "HD", "KH", "KH", "TB", "TB", "QC", "QC");

    private DocumentTypes() {
    }

    /** The canonical code for "NQ", "nq", "QD", "QĐ", "QDi"…, or empty if it is not a known type. */
    static Optional<String> code(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String key = raw.strip().replace('Đ', 'D').replace('đ', 'd').toUpperCase(Locale.ROOT);
        return Optional.ofNullable(BY_KEY.get(key));
    }
}

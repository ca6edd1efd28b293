package vn.hoctap.content.importing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The party document types an importer accepts: the code in the number ("NQ" in "18-NQ/TW") and
 * the name printed above the title ("NGHỊ QUYẾT"). Codes typed without Đ ("QD") are accepted. Besides
 * party documents: reports (BC), outlines (ĐC), news articles (TIN) and speeches (PB).
 */
final class DocumentTypes {

    /** Codes as they are written, longest first so a regex alternation prefers "QĐi" to "QĐ". */
    static final List<String> CODES = List.of("QĐi", "CTr", "QĐ", "NQ", "KL", "CT", "HD", "KH", "TB", "QC", "BC", "ĐC",
            "TIN", "PB");

    /** Regex for a code in a document number, including the forms typed without Đ. */
    static final String CODE_REGEX = "QĐi|QDi|CTr|QĐ|QD|NQ|KL|CT|HD|KH|TB|QC|BC|ĐC|DC";

    /** Names printed on their own line above the title. */
    static final List<String> NAMES = List.of("NGHỊ QUYẾT", "KẾT LUẬN", "CHỈ THỊ", "QUY ĐỊNH", "QUYẾT ĐỊNH",
            "HƯỚNG DẪN", "KẾ HOẠCH", "THÔNG BÁO", "QUY CHẾ", "CHƯƠNG TRÌNH", "BÁO CÁO", "ĐỀ CƯƠNG");

    /** Kinds whose official layout always carries a number: without one the text is not what it claims. */
    static final List<String> ALWAYS_NUMBERED = List.of("NQ", "KL", "CT", "QĐ", "QĐi", "QC");

    /** Type lines of texts that may come without a number, longest first, with their codes. */
    static final Map<String, String> UNNUMBERED_NAMES = new java.util.LinkedHashMap<>();

    static {
        UNNUMBERED_NAMES.put("ĐỀ CƯƠNG", "ĐC");
        UNNUMBERED_NAMES.put("BÀI PHÁT BIỂU", "PB");
        UNNUMBERED_NAMES.put("DIỄN VĂN", "PB");
        UNNUMBERED_NAMES.put("PHÁT BIỂU", "PB");
        UNNUMBERED_NAMES.put("BÁO CÁO", "BC");
        UNNUMBERED_NAMES.put("KẾ HOẠCH", "KH");
        UNNUMBERED_NAMES.put("HƯỚNG DẪN", "HD");
        UNNUMBERED_NAMES.put("THÔNG BÁO", "TB");
        UNNUMBERED_NAMES.put("CHƯƠNG TRÌNH", "CTr");
    }

    private static final Map<String, String> BY_KEY = Map.ofEntries(Map.entry("QDI", "QĐi"), Map.entry("CTR", "CTr"),
            Map.entry("QD", "QĐ"), Map.entry("NQ", "NQ"), Map.entry("KL", "KL"), Map.entry("CT", "CT"),
            Map.entry("HD", "HD"), Map.entry("KH", "KH"), Map.entry("TB", "TB"), Map.entry("QC", "QC"),
            Map.entry("BC", "BC"), Map.entry("DC", "ĐC"), Map.entry("TIN", "TIN"), Map.entry("PB", "PB"));

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

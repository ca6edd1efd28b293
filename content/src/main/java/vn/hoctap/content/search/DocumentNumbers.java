package vn.hoctap.content.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.hoctap.content.text.Folding;

/**
 * Recognises a document number however people write it: "18-NQ/TW", "nq 18", "NQ18", "18nq",
 * "nghị quyết số 18", "ket luan 21", "Quy định 41". Each becomes a key such as {@code nq-18} (and
 * {@code nq-18-tw} when the issuer is given) that is indexed with every section of the document.
 */
final class DocumentNumbers {

    record Extraction(Set<String> keys, String remainder) {
    }

    private static final String CODES = "qdi|nq|kl|ct|qd|hd|kh|tb|qc|ctr|bc";
    private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("nghi quyet", "nq"),
            Map.entry("ket luan", "kl"), Map.entry("chi thi", "ct"), Map.entry("quy dinh", "qd"),
            Map.entry("huong dan", "hd"), Map.entry("ke hoach", "kh"), Map.entry("thong bao", "tb"),
            Map.entry("quy che", "qc"), Map.entry("chuong trinh", "ctr"), Map.entry("bao cao", "bc"));
    private static final List<Pattern> PATTERNS = List.of(
            // 18-NQ/TW, 18 - nq / tw, 18-NQ
            Pattern.compile("\\b(\\d{1,4})\\s*-\\s*(" + CODES + ")\\b(?:\\s*/\\s*([a-z]{1,8})\\b)?"),
            // nghi quyet so 18, ket luan 21
            Pattern.compile("\\b(nghi quyet|ket luan|chi thi|quy dinh|huong dan|ke hoach|thong bao|quy che|chuong trinh|bao cao)"
                    + "\\s+(?:so\\s+)?(\\d{1,4})\\b"),
            // nq 18, nq18, nq-18, nq so 18
            Pattern.compile("\\b(" + CODES + ")\\s*-?\\s*(?:so\\s+)?(\\d{1,4})\\b"),
            // 18nq, 18 nq
            Pattern.compile("\\b(\\d{1,4})\\s*(" + CODES + ")\\b"));

    private DocumentNumbers() {
    }

    /** Keys under which a document is indexed. */
    static Set<String> keysOf(String type, String number, String issuer) {
        if (number == null || number.isBlank()) {
            return Set.of();
        }
        String t = Folding.fold(type);
        String n = number.strip().replaceFirst("^0+(?=\\d)", "");
        return Set.of(t + "-" + n, t + "-" + n + "-" + Folding.fold(issuer));
    }

    /** Finds number mentions in a query; the remainder is the query without them. */
    static Extraction extract(String query) {
        String text = Folding.fold(query).toLowerCase(Locale.ROOT);
        Set<String> keys = new LinkedHashSet<>();
        for (int p = 0; p < PATTERNS.size(); p++) {
            Matcher m = PATTERNS.get(p).matcher(text);
            StringBuilder rest = new StringBuilder();
            while (m.find()) {
                keys.add(key(p, m));
                m.appendReplacement(rest, " ");
            }
            m.appendTail(rest);
            text = rest.toString();
        }
        return new Extraction(keys, text.replaceAll("\\s+", " ").strip());
    }

    private static String key(int pattern, Matcher m) {
        String type;
        String number;
        String issuer = null;
        switch (pattern) {
            case 0 -> {
                number = m.group(1);
                type = m.group(2);
                issuer = m.group(3);
            }
            case 1 -> {
                type = NAMES.get(m.group(1));
                number = m.group(2);
            }
            case 2 -> {
                type = m.group(1);
                number = m.group(2);
            }
            default -> {
                number = m.group(1);
                type = m.group(2);
            }
        }
        String n = number.replaceFirst("^0+(?=\\d)", "");
        return type + "-" + n + (issuer == null ? "" : "-" + issuer);
    }
}

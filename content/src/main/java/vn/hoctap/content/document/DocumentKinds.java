package vn.hoctap.content.document;

import java.util.Map;

/**
 * What kinds of text the library holds and how an unnumbered one is named. Party documents carry a
 * number ("18-NQ/TW"); news articles, speeches and many reports, plans and outlines do not, and are
 * then shown by their kind ("Tin bài", "Báo cáo") with their title.
 */
public final class DocumentKinds {

    /** News articles: reports of a conference, a study session, a campaign's results. */
    public static final String NEWS = "TIN";
    /** Speeches (bài phát biểu, diễn văn). */
    public static final String SPEECH = "PB";

    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("NQ", "Nghị quyết"),
            Map.entry("KL", "Kết luận"), Map.entry("CT", "Chỉ thị"), Map.entry("QĐ", "Quy định"),
            Map.entry("QĐi", "Quyết định"), Map.entry("HD", "Hướng dẫn"), Map.entry("KH", "Kế hoạch"),
            Map.entry("TB", "Thông báo"), Map.entry("QC", "Quy chế"), Map.entry("CTr", "Chương trình"),
            Map.entry("BC", "Báo cáo"), Map.entry("ĐC", "Đề cương"), Map.entry(NEWS, "Tin bài"),
            Map.entry(SPEECH, "Bài phát biểu"));

    /** Party documents proper, whose number, plenum and year are worth remembering. */
    private static final java.util.Set<String> PARTY = java.util.Set.of("NQ", "KL", "CT", "QĐ", "QĐi", "QC", "CTr");

    private DocumentKinds() {
    }

    /** A resolution, conclusion, directive, regulation…: not a report, plan, outline, article or speech. */
    public static boolean partyDocument(String type) {
        return PARTY.contains(type);
    }

    /** "Nghị quyết", "Báo cáo", "Tin bài"…; "Văn bản" for an unknown code. */
    public static String label(String type) {
        return LABELS.getOrDefault(type, "Văn bản");
    }

    /** The number as people write it ("18-NQ/TW"), or the kind ("Tin bài") for an unnumbered text. */
    public static String code(String type, String number, String issuer) {
        if (number == null || number.isBlank()) {
            return label(type);
        }
        return number + "-" + type + "/" + issuer;
    }
}

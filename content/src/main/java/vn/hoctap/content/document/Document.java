package vn.hoctap.content.document;

import java.time.LocalDate;
import java.util.List;

/**
 * A stored party document. Identity is (type, number, issuer, issue date) because numbers restart
 * every congress term. {@code summaryGenerated} tells an authored (or admin-written) summary from
 * one the library extracted itself.
 */
public record Document(long id, String type, String number, String issuer, LocalDate issuedOn, String title,
        String summary, String term, Integer plenum, List<String> keyPoints, boolean summaryGenerated) {

    /** The number as people write it, e.g. {@code 18-NQ/TW}; the kind ("Tin bài") if it has none. */
    public String code() {
        return DocumentKinds.code(type, number, issuer);
    }

    public boolean numbered() {
        return number != null && !number.isEmpty();
    }

    public boolean hasSummary() {
        return summary != null && !summary.isBlank();
    }
}

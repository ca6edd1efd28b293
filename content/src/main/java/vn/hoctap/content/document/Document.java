package vn.hoctap.content.document;

import java.time.LocalDate;

/**
 * A party document as members study it. Identity is (type, number, issuer, issue date)
 * because document numbers restart every congress term.
 */
public record Document(long id, String type, String number, String issuer, LocalDate issuedOn,
        String title, String summary) {

    /** The number as people write it, e.g. {@code 18-NQ/TW}. */
    public String code() {
        return number + "-" + type + "/" + issuer;
    }

    public boolean hasSummary() {
        return summary != null && !summary.isBlank();
    }
}

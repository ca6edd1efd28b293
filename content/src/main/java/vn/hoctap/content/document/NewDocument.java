package vn.hoctap.content.document;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A document as an author or importer provides it; text is normalised to NFC. {@code summary} is
 * the authored one (null if none; the library then generates one). {@code number} is empty for an
 * unnumbered text (news, speech), whose {@code issuer} is then its source or empty. {@code term} is the congress
 * term in Roman numerals ("XII"), {@code plenum} the Central Committee plenum number.
 */
public record NewDocument(String type, String number, String issuer, LocalDate issuedOn, String title,
        String summary, String term, Integer plenum, List<String> keyPoints, List<Section> sections) {

    public NewDocument {
        type = required(type, "type");
        number = number == null ? "" : nfc(number.strip());
        // an unnumbered text (news, speech) may name its source instead of an issuing body, or nothing
        issuer = number.isEmpty() && (issuer == null || issuer.isBlank()) ? "" : number.isEmpty() ? nfc(issuer.strip())
                : required(issuer, "issuer");
        Objects.requireNonNull(issuedOn, "document issue date is required");
        title = required(title, "title");
        summary = summary == null || summary.isBlank() ? null : nfc(summary.strip());
        term = term == null || term.isBlank() ? null : term.strip().toUpperCase(java.util.Locale.ROOT);
        keyPoints = keyPoints == null ? List.of() : keyPoints.stream().map(k -> nfc(k.strip())).filter(k -> !k.isEmpty()).toList();
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** A document known only by its header, title and summary. */
    public NewDocument(String type, String number, String issuer, LocalDate issuedOn, String title, String summary) {
        this(type, number, issuer, issuedOn, title, summary, null, null, List.of(), List.of());
    }

    /** The number as people write it, e.g. {@code 18-NQ/TW}; the kind ("Tin bài") if it has none. */
    public String code() {
        return DocumentKinds.code(type, number, issuer);
    }

    /** Whether the text carries a document number (news articles and speeches usually do not). */
    public boolean numbered() {
        return !number.isEmpty();
    }

    public NewDocument withSummary(String newSummary) {
        return new NewDocument(type, number, issuer, issuedOn, title, newSummary, term, plenum, keyPoints, sections);
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("document " + field + " is required");
        }
        return nfc(value.strip());
    }

    static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}

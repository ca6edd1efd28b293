package vn.hoctap.content.document;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Objects;

/** What an author or importer provides to store a document; text is normalised to NFC. */
public record NewDocument(String type, String number, String issuer, LocalDate issuedOn, String title,
        String summary) {

    public NewDocument {
        type = required(type, "type");
        number = required(number, "number");
        issuer = required(issuer, "issuer");
        Objects.requireNonNull(issuedOn, "issuedOn");
        title = required(title, "title");
        summary = summary == null ? null : nfc(summary.strip());
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

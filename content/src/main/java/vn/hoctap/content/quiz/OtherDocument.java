package vn.hoctap.content.quiz;

/**
 * Another document of the library, as {@link QuestionGenerator} needs it for distractors: "which
 * resolution is this?" is answered with other documents of the same type.
 */
public record OtherDocument(String type, String number, String issuer, int year, String title) {

    /** The number as people write it, e.g. {@code 18-NQ/TW}. */
    public String code() {
        return vn.hoctap.content.document.DocumentKinds.code(type, number, issuer);
    }

    public static OtherDocument of(vn.hoctap.content.document.NewDocument d) {
        return new OtherDocument(d.type(), d.number(), d.issuer(), d.issuedOn().getYear(), d.title());
    }

    public static OtherDocument of(vn.hoctap.content.document.Document d) {
        return new OtherDocument(d.type(), d.number(), d.issuer(), d.issuedOn().getYear(), d.title());
    }
}

package vn.hoctap.content.search;

import java.time.LocalDate;
import java.util.List;

import vn.hoctap.content.document.Document;
import vn.hoctap.content.document.Section;

/** What the index needs of a document: identity, title, overview text and sections. */
public record IndexedDocument(long id, String type, String number, String issuer, LocalDate issuedOn, String title,
        String summary, List<String> keyPoints, List<Section> sections) {

    public static IndexedDocument of(Document d, List<Section> sections) {
        return new IndexedDocument(d.id(), d.type(), d.number(), d.issuer(), d.issuedOn(), d.title(), d.summary(),
                d.keyPoints(), sections);
    }

    public String code() {
        return vn.hoctap.content.document.DocumentKinds.code(type, number, issuer);
    }
}

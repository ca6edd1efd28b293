package vn.hoctap.content.search;

import java.time.LocalDate;

/**
 * One result: a section of a document (position -1 is the document's overview: title, summary,
 * key points). {@code snippet} is HTML-escaped text with the matches in {@code <b>…</b>}.
 */
public record SearchHit(long documentId, String code, String title, LocalDate issuedOn, int sectionPosition,
        String sectionHeading, String snippet, float score) {

    public static final int OVERVIEW = -1;

    public boolean isOverview() {
        return sectionPosition == OVERVIEW;
    }
}

package vn.hoctap.content.search;

import java.util.List;

/**
 * One document on a page of results: its best matching section (or overview) and, under it, its
 * other matching sections, best first ({@code more} carry headings, not snippets).
 */
record DocumentResult(SearchHit best, List<SearchHit> more) {

    public DocumentResult {
        more = List.copyOf(more);
    }
}

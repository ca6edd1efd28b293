package vn.hoctap.content.search;

import java.util.List;

/**
 * A page of results: distinct documents, best first, each with its best sections
 * ({@link #documents()}); {@link #hits()} is the best section of each of them, in the same order.
 * When there are none or few, spelling suggestions for the query words.
 */
public record SearchResults(String query, List<DocumentResult> documents, List<String> suggestions) {

    public SearchResults {
        documents = List.copyOf(documents);
        suggestions = List.copyOf(suggestions);
    }

    /** The best section of each document on the page. */
    public List<SearchHit> hits() {
        return documents.stream().map(DocumentResult::best).toList();
    }

    public boolean isEmpty() {
        return documents.isEmpty();
    }
}

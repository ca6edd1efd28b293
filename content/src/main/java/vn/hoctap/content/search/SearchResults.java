package vn.hoctap.content.search;

import java.util.List;

/**
 * A page of results: distinct documents, best first, each with its best sections
 * ({@code documents}); {@code hits} is the best section of each of them, in the same order (what a
 * one-line-per-result list shows). When there are none or few, spelling suggestions.
 */
public record SearchResults(String query, List<SearchHit> hits, List<DocumentResult> documents, List<String> suggestions) {

    public SearchResults {
        hits = List.copyOf(hits);
        documents = List.copyOf(documents);
        suggestions = List.copyOf(suggestions);
    }

    public SearchResults(String query, List<DocumentResult> documents, List<String> suggestions) {
        this(query, documents.stream().map(DocumentResult::best).toList(), documents, suggestions);
    }

    public boolean isEmpty() {
        return documents.isEmpty();
    }
}

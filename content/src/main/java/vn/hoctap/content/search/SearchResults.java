package vn.hoctap.content.search;

import java.util.List;

/** Hits, best first, and (when there are none or few) spelling suggestions for the query words. */
public record SearchResults(String query, List<SearchHit> hits, List<String> suggestions) {

    public boolean isEmpty() {
        return hits.isEmpty();
    }
}

package vn.hoctap.content.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

/** The best entries of a search, by the query of {@link QueryFactory.Built}. */
final class TopEntries {

    /**
     * {@link QueryFactory.Built#query} as the words' query ({@code matching}: what an entry must
     * match) plus the score added to the entries of the typed document number ({@code numberBonus}).
     */
    record Split(Query matching, Query numberBonus) {
    }

    private TopEntries() {
    }

    /**
     * The best {@code n} entries, without counting every match: with the count capped at {@code n}
     * the scorer skips blocks of entries that cannot enter the top from the first hits on (the
     * default counts 1,000 matches first). Same entries, same order; the total is only a lower bound.
     *
     * <p>A query with a document number and words ("nq 18 2022 giá đất") is {@code +words
     * number^12}: Lucene scores that as a required part plus an optional one, and since the optional
     * part can add far more than any entry's words score, it cannot pass a minimum score down to the
     * words' disjunction, which then scores every entry matching any word (3x the cost of the words
     * alone: these queries were the search's p99). The same top is had from two cheap searches: the
     * words alone, and {@code +words +number^12} (led by the number's few entries), whose entries
     * replace their words-only scores. An entry without the number scores its words alone, and
     * every entry scoring above it in the words-only search also does in the whole query, so it is
     * in the words-only top {@code n} if it is in the whole query's: same entries, same scores.
     */
    static TopDocs of(IndexSearcher searcher, QueryFactory.Built built, int n) throws IOException {
        Split split = built.split();
        if (split == null) {
            return whole(searcher, built, n);
        }
        Query numbered = new BooleanQuery.Builder().add(split.matching(), Occur.MUST).add(split.numberBonus(), Occur.MUST).build();
        TopDocs withNumber = search(searcher, numbered, n);
        TopDocs words = search(searcher, split.matching(), n);
        Set<Integer> seen = new HashSet<>();
        List<ScoreDoc> merged = new ArrayList<>(Arrays.asList(withNumber.scoreDocs));
        merged.forEach(sd -> seen.add(sd.doc));
        for (ScoreDoc sd : words.scoreDocs) {
            if (seen.add(sd.doc)) {
                merged.add(sd);
            }
        }
        // TopScoreDocCollector's order: score, then the lower doc id first
        merged.sort(Comparator.comparingDouble((ScoreDoc sd) -> -sd.score).thenComparingInt(sd -> sd.doc));
        ScoreDoc[] best = merged.subList(0, Math.min(n, merged.size())).toArray(new ScoreDoc[0]);
        return new TopDocs(new TotalHits(best.length, TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO), best);
    }

    /** By the whole query in one search: what {@link #of} must equal. */
    static TopDocs whole(IndexSearcher searcher, QueryFactory.Built built, int n) throws IOException {
        return search(searcher, built.query(), n);
    }

    private static TopDocs search(IndexSearcher searcher, Query query, int n) throws IOException {
        return searcher.search(query, new TopScoreDocCollectorManager(n, null, n));
    }
}

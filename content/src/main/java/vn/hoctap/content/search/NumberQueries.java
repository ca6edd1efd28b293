package vn.hoctap.content.search;

import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** The clauses of a query for the document numbers ({@link DocumentNumbers}) and years it names. */
final class NumberQueries {

    private NumberQueries() {
    }

    /**
     * A year typed with a document number ("nq 18 2022") tells which of the documents of that number
     * is meant: it matches only together with the number, in a conjunction led by the number's few
     * entries. Alone it made the words' query match every entry of that year, all with the same
     * boosted score, so the words' search ({@link TopEntries}) scored each of them. The entries of
     * the number keep the year score they had; other entries of that year no longer get it (the
     * relevance sets rank the same). A year without a number still scores on its own.
     */
    static Query year(String year, Set<String> numberKeys) {
        Query score = new BoostQuery(new TermQuery(new Term(Fields.YEAR, year)), 3f);
        if (numberKeys.isEmpty()) {
            return score;
        }
        return new BooleanQuery.Builder().add(keys(numberKeys), Occur.FILTER).add(score, Occur.MUST).build();
    }

    static Query keys(Set<String> numberKeys) {
        BooleanQuery.Builder keys = new BooleanQuery.Builder();
        numberKeys.forEach(k -> keys.add(new TermQuery(new Term(Fields.DOC_NUMBER, k)), Occur.SHOULD));
        return keys.build();
    }
}

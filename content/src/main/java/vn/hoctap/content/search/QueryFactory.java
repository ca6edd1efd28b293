package vn.hoctap.content.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import vn.hoctap.content.text.Folding;

/**
 * Turns what a member typed into a Lucene query without any query syntax (nothing they type can
 * break it): question words are dropped, document numbers become exact keys, the rest becomes
 * syllable and syllable-pair queries on titles, headings and bodies, weighted by {@link Weights}.
 * Pairs typed with diacritics must match with diacritics to count fully; a syllable no document
 * contains gets a fuzzy match. Input is bounded in length and in terms.
 */
final class QueryFactory {

    static final int MAX_QUERY_CHARS = 200;
    static final int MAX_TERMS = 24;
    static final int LONG_QUERY_TERMS = 4;
    static final double COMMON_SHARE = 0.1;

    /**
     * {@code highlight} marks the query's consecutive syllable pairs where they stand together in the
     * text ("tinh gon bo may" marks "tinh gọn bộ máy", not a lone "tỉnh" or "tính"); a one-syllable
     * query marks that syllable. {@code highlightTerms} marks every syllable, for a text where the
     * pairs never occur together.
     */
    record Built(Query query, Query highlight, Query highlightTerms, List<String> foldedTerms, boolean numberOnly,
            TopEntries.Split split) {
    }

    private final Analyzer exact = Analyzers.of(Analyzers.Kind.EXACT);
    private final Analyzer folded = Analyzers.of(Analyzers.Kind.FOLDED);
    private final Analyzer bigrams = Analyzers.of(Analyzers.Kind.FOLDED_BIGRAMS);
    private final Analyzer exactBigrams = Analyzers.of(Analyzers.Kind.EXACT_BIGRAMS);
    private final Weights weights;

    QueryFactory() {
        this(Weights.DEFAULT);
    }

    QueryFactory(Weights weights) {
        this.weights = weights;
    }

    static String clean(String raw) {
        String s = raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("[\\p{Cc}\\p{Cf}]", " ")
                .replaceAll("\\s+", " ").strip();
        return s.length() > MAX_QUERY_CHARS ? s.substring(0, MAX_QUERY_CHARS) : s;
    }

    Built build(String cleaned) {
        return build(cleaned, null);
    }

    /**
     * The query for {@code cleaned}; with a {@code reader}, a syllable no document contains (a
     * misspelt name: "Ghandi") also matches its near spellings.
     */
    Built build(String cleaned, IndexReader reader) {
        String asked = QuestionWords.strip(cleaned);
        DocumentNumbers.Extraction numbers = DocumentNumbers.extract(asked);
        List<String> foldedTerms = tokens(folded, numbers.remainder());
        boolean accented = !Folding.fold(asked).equals(asked.toLowerCase(java.util.Locale.ROOT));
        Weights w = weights;
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        BooleanQuery.Builder highlight = new BooleanQuery.Builder();
        int[] shares = docFreqs(reader, foldedTerms, Fields.BODY + Fields.FOLDED);
        int rarest = 0;
        for (int i = 1; i < shares.length; i++) {
            rarest = shares[i] < shares[rarest] ? i : rarest;
        }
        for (int i = 0; i < foldedTerms.size(); i++) {
            String t = foldedTerms.get(i);
            if (t.matches("(19|20)\\d\\d")) {
                text.add(NumberQueries.year(t, numbers.keys()), Occur.SHOULD);
            }
            boolean common = reader != null && foldedTerms.size() >= LONG_QUERY_TERMS && i != rarest
                    && shares[i] > reader.maxDoc() * COMMON_SHARE;
            if (!common) {
                fields(text, t, Fields.FOLDED, w.title(), w.heading(), w.body(), 1f);
            }
            highlight.add(new TermQuery(new Term(Fields.BODY + Fields.FOLDED, t)), Occur.SHOULD);
            if (reader != null && t.length() >= 4 && !t.matches(".*\\d.*") && absent(reader, t)) {
                int edits = t.length() >= 6 ? 2 : 1;
                Query fuzzy = new DisjunctionMaxQuery(List.of(
                        new FuzzyQuery(new Term(Fields.BODY + Fields.FOLDED, t), edits, 1, 20, true),
                        new BoostQuery(new FuzzyQuery(new Term(Fields.TITLE + Fields.FOLDED, t), edits, 1, 20, true), w.title())),
                        0.1f);
                text.add(new BoostQuery(fuzzy, w.fuzzy()), Occur.SHOULD);
                highlight.add(new FuzzyQuery(new Term(Fields.BODY + Fields.FOLDED, t), edits, 1, 20, true), Occur.SHOULD);
            }
        }
        List<String> exactTerms = tokens(exact, asked);
        int[] exactShares = docFreqs(reader, exactTerms, Fields.BODY + Fields.EXACT);
        for (int i = 0; i < exactTerms.size(); i++) {
            // the same rule for a syllable's accented form ("công", "bộ", "vụ"): see docFreqs
            boolean common = reader != null && foldedTerms.size() >= LONG_QUERY_TERMS && exactShares[i] > reader.maxDoc() * COMMON_SHARE;
            if (!common) {
                fields(text, exactTerms.get(i), Fields.EXACT, 1f, 1f, 1f, w.exact());
            }
        }
        float foldedPairs = accented ? w.pairs() * w.foldedPairsWhenAccented() : w.pairs();
        for (String pair : tokens(bigrams, numbers.remainder())) {
            text.add(new BoostQuery(dismax(pair, Fields.BIGRAMS, w.pairTitle(), w.pairHeading(), w.pairBody()), foldedPairs), Occur.SHOULD);
        }
        if (accented) {
            for (String pair : tokens(exactBigrams, asked)) {
                text.add(new BoostQuery(dismax(pair, Fields.EXACT_BIGRAMS, w.pairTitle(), w.pairHeading(), w.pairBody()), w.exactPairs()), Occur.SHOULD);
            }
        }
        boolean numberOnly = !numbers.keys().isEmpty() && foldedTerms.isEmpty();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        Query numberBonus = numbers.keys().isEmpty() ? null : new BoostQuery(NumberQueries.keys(numbers.keys()), 12f);
        TopEntries.Split split = null;
        if (numberBonus != null) {
            query.add(numberBonus, numberOnly ? Occur.MUST : Occur.SHOULD);
        }
        if (numberOnly) {
            query.add(new BoostQuery(new TermQuery(new Term(Fields.KIND, "overview")), 2f), Occur.SHOULD);
        } else {
            Query matching = text.build();
            query.add(matching, Occur.MUST);
            split = numberBonus == null ? null : new TopEntries.Split(matching, numberBonus);
        }
        Query terms = highlight.build();
        return new Built(query.build(), foldedTerms.size() < 2 ? terms : pairs(foldedTerms), terms, foldedTerms, numberOnly, split);
    }

    private static Query pairs(List<String> foldedTerms) {
        BooleanQuery.Builder phrases = new BooleanQuery.Builder();
        for (int i = 0; i + 1 < foldedTerms.size(); i++) {
            phrases.add(new PhraseQuery(Fields.BODY + Fields.FOLDED, foldedTerms.get(i), foldedTerms.get(i + 1)), Occur.SHOULD);
        }
        return phrases.build();
    }

    /**
     * How many entries' bodies contain each folded syllable. In a query of {@link #LONG_QUERY_TERMS}
     * syllables or more, a syllable in more than {@link #COMMON_SHARE} of them ("cong", "tu", "chinh"
     * fold many words into one) counts only through its pairs and its exact form, except the
     * query's rarest syllable, so whatever the query finds still contains one of its syllables:
     * alone such a syllable scores little but its posting lists cover most entries, so the top-k
     * scorer could skip nothing (these queries were the search's p99, 6-10 ms). The relevance sets
     * rank as well or better without. Likewise a syllable's exact form in more than that share
     * counts only through its exact pairs and its folded form: the exact forms of the common
     * syllables of long accented queries ("xử lý nghiêm cán bộ suy thoái") were a fifth of their cost.
     */
    private static int[] docFreqs(IndexReader reader, List<String> terms, String field) {
        int[] out = new int[terms.size()];
        try {
            for (int i = 0; reader != null && i < out.length; i++) {
                out[i] = reader.docFreq(new Term(field, terms.get(i)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static boolean absent(IndexReader reader, String term) {
        try {
            return reader.docFreq(new Term(Fields.BODY + Fields.FOLDED, term)) == 0
                    && reader.docFreq(new Term(Fields.TITLE + Fields.FOLDED, term)) == 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A syllable's field matches as separate clauses whose scores add up, not as a {@code dismax} of
     * them: the top-k scorer then skips entries clause by clause instead of going through a nested
     * disjunction per syllable (the costliest part of a search); the field boosts were re-tuned
     * for the sum with {@code WeightTuning}.
     */
    private static void fields(BooleanQuery.Builder text, String term, String variant, float title, float heading, float body, float boost) {
        text.add(new BoostQuery(new TermQuery(new Term(Fields.TITLE + variant, term)), title * boost), Occur.SHOULD);
        text.add(new BoostQuery(new TermQuery(new Term(Fields.HEADING + variant, term)), heading * boost), Occur.SHOULD);
        text.add(new BoostQuery(new TermQuery(new Term(Fields.BODY + variant, term)), body * boost), Occur.SHOULD);
    }

    private static Query dismax(String term, String variant, float title, float heading, float body) {
        return new DisjunctionMaxQuery(List.of(
                new BoostQuery(new TermQuery(new Term(Fields.TITLE + variant, term)), title),
                new BoostQuery(new TermQuery(new Term(Fields.HEADING + variant, term)), heading),
                new BoostQuery(new TermQuery(new Term(Fields.BODY + variant, term)), body)), 0.1f);
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && out.size() < MAX_TERMS) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}

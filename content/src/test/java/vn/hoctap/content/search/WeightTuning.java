package vn.hoctap.content.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Tunes {@link Weights} by coordinate ascent: the development set is every other query of
 * {@code relevance/corpus-queries.tsv} (document MRR@10), under the constraint that the library's
 * set ({@code relevance/queries.tsv}) stays at section MRR@10 0.99 or more; the other half of the
 * corpus set is held out and reported. Prints each improvement and the final weights.
 *
 * <pre>mvn -q -pl content -am test-compile exec:java -Dexec.mainClass=vn.hoctap.content.search.WeightTuning \
 *     -Dexec.classpathScope=test</pre>
 */
public final class WeightTuning {

    private static final float[] FACTORS = {0.5f, 0.75f, 1.33f, 2f};

    public static void main(String[] args) throws Exception {
        CorpusLibrary all = new CorpusLibrary();
        List<RelevanceEvaluation.Judgement> corpus = RelevanceEvaluation.judgements(RelevanceEvaluation.CORPUS_SET);
        List<RelevanceEvaluation.Judgement> dev = new ArrayList<>();
        List<RelevanceEvaluation.Judgement> heldOut = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            (i % 2 == 0 ? dev : heldOut).add(corpus.get(i));
        }
        try (LibraryIndex index = LibraryIndex.build(all.documents()); LibraryIndex library = LibraryIndex.build(BundledLibrary.load())) {
            Weights best = Weights.DEFAULT;
            double bestScore = score(index, library, all, dev, best);
            report("start", index, library, all, dev, heldOut, best);
            boolean improved = true;
            for (int round = 0; round < 3 && improved; round++) {
                improved = false;
                for (int p = 0; p < best.values().length; p++) {
                    for (float f : FACTORS) {
                        Weights candidate = best.with(p, best.values()[p] * f);
                        double s = score(index, library, all, dev, candidate);
                        if (s > bestScore + 1e-4) {
                            bestScore = s;
                            best = candidate;
                            improved = true;
                            report("round " + round + " param " + p + " x" + f, index, library, all, dev, heldOut, best);
                        }
                    }
                }
            }
            System.out.println("Final: " + best);
        }
    }

    /** Dev document MRR, or -1 when the library's set falls below its target. */
    private static double score(LibraryIndex index, LibraryIndex library, CorpusLibrary all,
            List<RelevanceEvaluation.Judgement> dev, Weights w) {
        QueryFactory queries = new QueryFactory(w);
        double lib = RelevanceEvaluation.evaluate(RelevanceEvaluation.judgements(), adapt(library, queries, null)).mrrAt10();
        if (lib < 0.99) {
            return -1;
        }
        return RelevanceEvaluation.evaluate(dev, adapt(index, queries, all)).documentMrrAt10();
    }

    private static void report(String step, LibraryIndex index, LibraryIndex library, CorpusLibrary all,
            List<RelevanceEvaluation.Judgement> dev, List<RelevanceEvaluation.Judgement> heldOut, Weights w) {
        QueryFactory queries = new QueryFactory(w);
        System.out.printf("%-24s dev %.3f  held-out %.3f  library %.3f  %s%n", step,
                RelevanceEvaluation.evaluate(dev, adapt(index, queries, all)).documentMrrAt10(),
                RelevanceEvaluation.evaluate(heldOut, adapt(index, queries, all)).documentMrrAt10(),
                RelevanceEvaluation.evaluate(RelevanceEvaluation.judgements(), adapt(library, queries, null)).mrrAt10(), w);
    }

    private static BiFunction<String, Integer, List<RelevanceEvaluation.Result>> adapt(LibraryIndex index, QueryFactory queries,
            CorpusLibrary all) {
        return (q, n) -> index.search(q, n, queries).documents().stream().map(d -> {
            List<String> sections = new ArrayList<>();
            sections.add(d.best().isOverview() ? "Tổng quan" : d.best().sectionHeading());
            d.more().forEach(h -> sections.add(h.isOverview() ? "Tổng quan" : h.sectionHeading()));
            String key = all == null ? d.best().code() + "@" + d.best().issuedOn().getYear() : all.key(d.best().documentId());
            return new RelevanceEvaluation.Result(key, sections);
        }).toList();
    }
}

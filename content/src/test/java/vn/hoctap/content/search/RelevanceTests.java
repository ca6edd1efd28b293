package vn.hoctap.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The search must meet its relevance targets on the bundled library (MRR@10 ≥ 0.85, recall@5 ≥ 0.95). */
class RelevanceTests {

    @Test
    void relevanceSetIsBigEnoughAndHalfTypedWithoutDiacritics() {
        var split = RelevanceEvaluation.diacriticsSplit();
        assertThat(split.get(true) + split.get(false)).isGreaterThanOrEqualTo(40);
        assertThat(split.get(true)).isGreaterThanOrEqualTo((split.get(true) + split.get(false)) / 2);
    }

    @Test
    void vietnameseSearchMeetsTheRelevanceTargets() throws Exception {
        List<IndexedDocument> library = BundledLibrary.load();
        assertThat(library).hasSizeGreaterThanOrEqualTo(8);
        try (LibraryIndex index = LibraryIndex.build(library)) {
            RelevanceEvaluation.Report ours = RelevanceEvaluation.evaluate(RelevanceEvaluation.of(index));
            RelevanceEvaluation.Report baseline = RelevanceEvaluation.evaluate(new StandardBaseline(library)::search);
            System.out.printf("Relevance on %d queries: ours MRR@10 %.3f recall@5 %.3f; StandardAnalyzer MRR@10 %.3f recall@5 %.3f%n",
                    RelevanceEvaluation.judgements().size(), ours.mrrAt10(), ours.recallAt5(), baseline.mrrAt10(), baseline.recallAt5());
            ours.lines().forEach(System.out::println);
            assertThat(ours.mrrAt10()).as(String.join("\n", ours.lines())).isGreaterThanOrEqualTo(0.85);
            assertThat(ours.recallAt5()).as(String.join("\n", ours.lines())).isGreaterThanOrEqualTo(0.95);
            assertThat(ours.mrrAt10()).isGreaterThan(baseline.mrrAt10());
        }
    }
}

package vn.hoctap.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The search must meet its relevance targets: on the bundled library's set (section-level MRR@10
 * at least 0.99, recall@5 at least 0.95), and on the corpus set (news, reports, plans, outlines,
 * speeches searched together with the library; document level), better than StandardAnalyzer.
 */
class RelevanceTests {

    @Test
    void relevanceSetIsBigEnoughAndHalfTypedWithoutDiacritics() {
        var split = RelevanceEvaluation.diacriticsSplit();
        assertThat(split.get(true) + split.get(false)).isGreaterThanOrEqualTo(40);
        assertThat(split.get(true)).isGreaterThanOrEqualTo((split.get(true) + split.get(false)) / 2);
    }

    @Test
    void corpusSetHas150QueriesOver60DocumentsHalfQuestionsHalfWithoutDiacritics() {
        List<RelevanceEvaluation.Judgement> set = RelevanceEvaluation.judgements(RelevanceEvaluation.CORPUS_SET);
        assertThat(set).hasSizeGreaterThanOrEqualTo(150);
        assertThat(set.stream().map(RelevanceEvaluation.Judgement::document).distinct().count()).isGreaterThanOrEqualTo(60);
        assertThat(set.stream().filter(RelevanceEvaluation.Judgement::question).count() * 2).isGreaterThanOrEqualTo(set.size());
        assertThat(set.stream().filter(RelevanceEvaluation.Judgement::typedWithoutDiacritics).count() * 2)
                .isGreaterThanOrEqualTo(set.size());
        CorpusLibrary all = new CorpusLibrary();
        assertThat(set).allSatisfy(j -> assertThat(all.documents().stream().map(all::key)).contains(j.document()));
    }

    @Test
    void vietnameseSearchMeetsTheRelevanceTargets() throws Exception {
        List<IndexedDocument> library = BundledLibrary.load();
        assertThat(library).hasSizeGreaterThanOrEqualTo(8);
        try (LibraryIndex index = LibraryIndex.build(library)) {
            RelevanceEvaluation.Report ours = RelevanceEvaluation.evaluate(RelevanceEvaluation.of(index));
            RelevanceEvaluation.Report baseline = RelevanceEvaluation.evaluate(new StandardBaseline(library)::search);
            print("library set", RelevanceEvaluation.judgements().size(), ours, baseline);
            assertThat(ours.mrrAt10()).as(String.join("\n", ours.lines())).isGreaterThanOrEqualTo(0.99);
            assertThat(ours.recallAt5()).as(String.join("\n", ours.lines())).isGreaterThanOrEqualTo(0.95);
            assertThat(ours.mrrAt10()).isGreaterThan(baseline.mrrAt10());
        }
    }

    @Test
    void corpusSearchRanksTheRightDocumentFirst() throws Exception {
        CorpusLibrary all = new CorpusLibrary();
        List<RelevanceEvaluation.Judgement> set = RelevanceEvaluation.judgements(RelevanceEvaluation.CORPUS_SET);
        try (LibraryIndex index = LibraryIndex.build(all.documents())) {
            RelevanceEvaluation.Report ours = RelevanceEvaluation.evaluate(set, RelevanceEvaluation.of(index, h -> all.key(h.documentId())));
            RelevanceEvaluation.Report baseline = RelevanceEvaluation.evaluate(set, new StandardBaseline(all.documents(), all::key)::search);
            print("corpus set", set.size(), ours, baseline);
            assertThat(ours.documentMrrAt10()).as(String.join("\n", ours.lines())).isGreaterThanOrEqualTo(0.85);
            assertThat(ours.documentRecallAt10()).isGreaterThanOrEqualTo(0.95);
            assertThat(ours.documentMrrAt10()).isGreaterThan(baseline.documentMrrAt10());
        }
    }

    @Test
    void aPageOfResultsIsDistinctDocuments() throws Exception {
        CorpusLibrary all = new CorpusLibrary();
        try (LibraryIndex index = LibraryIndex.build(all.documents())) {
            for (String q : List.of("học tập nghị quyết", "bài thu hoạch", "chi bo", "điểm cầu trực tuyến")) {
                SearchResults r = index.search(q, 10);
                assertThat(r.documents()).hasSize(10);
                assertThat(r.hits().stream().map(SearchHit::documentId).distinct().count()).isEqualTo(10);
                r.documents().forEach(d -> assertThat(d.more()).allSatisfy(h -> {
                    assertThat(h.documentId()).isEqualTo(d.best().documentId());
                    assertThat(h.score()).isLessThanOrEqualTo(d.best().score());
                }));
            }
        }
    }

    private static void print(String name, int queries, RelevanceEvaluation.Report ours, RelevanceEvaluation.Report baseline) {
        System.out.printf("Relevance, %s (%d queries): ours MRR@10 %.3f recall@5 %.3f recall@10 %.3f, by document MRR@10 %.3f "
                + "recall@10 %.3f; StandardAnalyzer MRR@10 %.3f recall@10 %.3f, by document MRR@10 %.3f recall@10 %.3f%n",
                name, queries, ours.mrrAt10(), ours.recallAt5(), ours.recallAt10(), ours.documentMrrAt10(),
                ours.documentRecallAt10(), baseline.mrrAt10(), baseline.recallAt10(), baseline.documentMrrAt10(),
                baseline.documentRecallAt10());
        ours.lines().stream().filter(l -> !l.endsWith("rank 1")).forEach(System.out::println);
    }
}

package vn.hoctap.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.Test;

/**
 * A query with a document number and words is searched as two ({@link TopEntries}): the entries
 * and their scores must be those of the whole query searched at once.
 */
class TopEntriesTests {

    @Test
    void numberAndWordsSearchedApartGiveTheWholeQuerysTop() throws Exception {
        List<IndexedDocument> library = BundledLibrary.load();
        List<IndexedDocument> docs = new ArrayList<>(library);
        docs.addAll(SearchBenchmark.generate(library, 1_500, new Random(3)));
        List<String> queries = new ArrayList<>();
        RelevanceEvaluation.judgements().forEach(j -> queries.add(j.query()));
        Random random = new Random(11);
        for (IndexedDocument d : docs.subList(0, 60)) {
            // number, year and words of that document, and of another one
            String words = d.sections().get(0).heading() + " " + docs.get(random.nextInt(docs.size())).title();
            queries.add(d.type() + " " + d.number() + " " + d.issuedOn().getYear() + " " + words);
            queries.add(d.number() + "-" + d.type() + " " + words.substring(0, Math.min(words.length(), 30)));
        }
        try (LibraryIndex index = LibraryIndex.build(docs)) {
            int split = 0;
            for (String q : queries) {
                TopDocs whole = index.top(q, 60, true);
                TopDocs apart = index.top(q, 60, false);
                assertThat(ids(apart)).as(q).containsExactly(ids(whole));
                for (int i = 0; i < whole.scoreDocs.length; i++) {
                    assertThat(apart.scoreDocs[i].score).as(q).isEqualTo(whole.scoreDocs[i].score);
                }
                split += DocumentNumbers.extract(QueryFactory.clean(q)).keys().isEmpty() ? 0 : 1;
            }
            assertThat(split).isGreaterThan(100);
        }
    }

    private static Integer[] ids(TopDocs top) {
        Integer[] out = new Integer[top.scoreDocs.length];
        for (int i = 0; i < out.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            out[i] = sd.doc;
        }
        return out;
    }
}

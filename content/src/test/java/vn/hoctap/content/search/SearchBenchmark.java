package vn.hoctap.content.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import vn.hoctap.content.document.Section;
import vn.hoctap.content.text.Folding;

/**
 * Search benchmark: indexes the bundled library plus N generated documents (sentences recombined
 * from the library, so the vocabulary is real Vietnamese), then measures single-thread query
 * latency on the relevance queries and on random 1-4 word queries, with and without diacritics.
 *
 * <pre>mvn -q -pl content -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -cp "content/target/test-classes:content/target/classes:$(cat content/target/bench.cp)" vn.hoctap.content.search.SearchBenchmark 10000 5000</pre>
 */
public final class SearchBenchmark {

    public static void main(String[] args) throws Exception {
        int generated = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        List<IndexedDocument> library = BundledLibrary.load();
        List<IndexedDocument> corpus = new ArrayList<>(library);
        corpus.addAll(generate(library, generated, new Random(42)));
        int sections = corpus.stream().mapToInt(d -> d.sections().size() + 1).sum();

        long start = System.nanoTime();
        LibraryIndex index = LibraryIndex.build(corpus);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Indexed %,d documents (%,d entries) in %.1f s: %,.0f documents/s, %,.0f entries/s%n",
                corpus.size(), sections, seconds, corpus.size() / seconds, sections / seconds);

        List<String> queries = queries(library, new Random(7));
        StandardBaseline standard = new StandardBaseline(corpus);
        for (int i = 0; i < 2_000; i++) {
            index.search(queries.get(i % queries.size()), 10);
            standard.search(queries.get(i % queries.size()), 10);
        }
        // Interleaved, so machine load (other builds) hits both alike: the ratio is what counts.
        long[] nanos = new long[measured];
        long[] standardNanos = new long[measured];
        for (int i = 0; i < measured; i++) {
            String q = queries.get(i % queries.size());
            long t = System.nanoTime();
            index.search(q, 10);
            nanos[i] = System.nanoTime() - t;
            t = System.nanoTime();
            standard.search(q, 10);
            standardNanos[i] = System.nanoTime() - t;
        }
        report("Hoctap", nanos);
        report("StandardAnalyzer (same documents, same grouping)", standardNanos);
        System.out.printf("Ratio Hoctap / StandardAnalyzer: median %.2f×, p99 %.2f×; load average %s%n",
                (double) nanos[measured / 2] / standardNanos[measured / 2],
                (double) nanos[(int) (measured * 0.99)] / standardNanos[(int) (measured * 0.99)], loadAverage());

        RelevanceEvaluation.Report ours = RelevanceEvaluation.evaluate(RelevanceEvaluation.of(index));
        RelevanceEvaluation.Report baseline = RelevanceEvaluation.evaluate(standard::search);
        System.out.printf("Relevance with the generated documents mixed in: ours MRR@10 %.3f recall@5 %.3f; "
                + "StandardAnalyzer MRR@10 %.3f recall@5 %.3f%n", ours.mrrAt10(), ours.recallAt5(), baseline.mrrAt10(),
                baseline.recallAt5());
    }

    /** Sorts in place and prints median, p90, p99 and max. */
    private static void report(String name, long[] nanos) {
        Arrays.sort(nanos);
        int n = nanos.length;
        System.out.printf("%s query latency over %,d queries (single thread): median %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                name, n, nanos[n / 2] / 1e6, nanos[(int) (n * 0.90)] / 1e6, nanos[(int) (n * 0.99)] / 1e6, nanos[n - 1] / 1e6);
    }

    static String loadAverage() {
        return String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    static List<IndexedDocument> generate(List<IndexedDocument> library, int count, Random random) {
        List<String> sentences = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        for (IndexedDocument d : library) {
            for (Section s : d.sections()) {
                headings.add(s.heading());
                sentences.addAll(Arrays.asList(s.text().split("(?<=[.;])\\s+")));
            }
        }
        String[] types = {"HD", "KH", "TB", "CT", "QĐ"};
        String[] issuers = {"TU", "HU", "ĐU", "BTGTW"};
        List<IndexedDocument> docs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Section> secs = new ArrayList<>();
            int n = 3 + random.nextInt(5);
            for (int s = 0; s < n; s++) {
                StringBuilder text = new StringBuilder();
                int len = 3 + random.nextInt(8);
                for (int k = 0; k < len; k++) {
                    text.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
                }
                secs.add(new Section(1, headings.get(random.nextInt(headings.size())), text.toString()));
            }
            String title = (random.nextBoolean() ? "Về triển khai " : "Kế hoạch thực hiện ")
                    + headings.get(random.nextInt(headings.size())).replaceFirst("^[IVX\\d]+\\.\\s*", "").toLowerCase(java.util.Locale.ROOT);
            docs.add(new IndexedDocument(100_000L + i, types[random.nextInt(types.length)], Integer.toString(1 + random.nextInt(400)),
                    issuers[random.nextInt(issuers.length)], LocalDate.of(2010 + random.nextInt(15), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    title, null, List.of(), secs));
        }
        return docs;
    }

    static List<String> queries(List<IndexedDocument> library, Random random) {
        List<String> queries = new ArrayList<>();
        RelevanceEvaluation.judgements().forEach(j -> queries.add(j.query()));
        List<String> words = new ArrayList<>();
        library.forEach(d -> d.sections().forEach(s -> words.addAll(Arrays.asList(s.text().split("[\\s,.;:()“”]+")))));
        words.removeIf(String::isBlank);
        for (int i = 0; i < 500; i++) {
            int start = random.nextInt(words.size() - 5);
            String q = String.join(" ", words.subList(start, start + 1 + random.nextInt(4)));
            queries.add(random.nextBoolean() ? Folding.fold(q) : q);
        }
        return queries;
    }
}

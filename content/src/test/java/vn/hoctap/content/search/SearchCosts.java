package vn.hoctap.content.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Which queries make the search's tail: every benchmark query timed alone in thread CPU time (best of several runs,
 * so machine noise mostly drops out), whole search and Lucene query alone, next to the
 * StandardAnalyzer baseline; prints the costliest queries and the sums.
 *
 * <pre>java -cp "content/target/classes:content/target/test-classes:$(cat content/target/bench.cp)" vn.hoctap.content.search.SearchCosts 10000 5</pre>
 */
public final class SearchCosts {

    record Cost(String query, long ours, long lucene, long standard) {
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** CPU time of this thread: time spent descheduled on a busy machine does not count. */
    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    public static void main(String[] args) throws Exception {
        int generated = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<IndexedDocument> library = BundledLibrary.load();
        List<IndexedDocument> corpus = new ArrayList<>(library);
        corpus.addAll(SearchBenchmark.generate(library, generated, new Random(42)));
        LibraryIndex index = LibraryIndex.build(corpus);
        StandardBaseline standard = new StandardBaseline(corpus);
        List<String> queries = SearchBenchmark.queries(library, new Random(7)).stream().distinct().toList();
        for (int i = 0; i < 3_000; i++) {
            String q = queries.get(i % queries.size());
            index.search(q, 10);
            index.top(q, 60);
            standard.search(q, 10);
        }
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long ourBytes = 0;
        long standardBytes = 0;
        for (String q : queries) {
            long b = mx.getCurrentThreadAllocatedBytes();
            index.search(q, 10);
            ourBytes += mx.getCurrentThreadAllocatedBytes() - b;
            b = mx.getCurrentThreadAllocatedBytes();
            standard.search(q, 10);
            standardBytes += mx.getCurrentThreadAllocatedBytes() - b;
        }
        System.out.printf("Allocated per search: ours %,d bytes, StandardAnalyzer %,d bytes%n", ourBytes / queries.size(),
                standardBytes / queries.size());
        List<Cost> costs = new ArrayList<>();
        for (String q : queries) {
            long ours = Long.MAX_VALUE;
            long lucene = Long.MAX_VALUE;
            long base = Long.MAX_VALUE;
            for (int r = 0; r < repeats; r++) {
                long t = cpu();
                index.search(q, 10);
                ours = Math.min(ours, cpu() - t);
                t = cpu();
                index.top(q, 60);
                lucene = Math.min(lucene, cpu() - t);
                t = cpu();
                standard.search(q, 10);
                base = Math.min(base, cpu() - t);
            }
            costs.add(new Cost(q, ours, lucene, base));
        }
        costs.sort(Comparator.comparingLong(Cost::ours).reversed());
        for (Cost c : costs.subList(0, Math.min(25, costs.size()))) {
            System.out.printf("%7.2f ms (query %6.2f) vs %6.2f ms  %s%n", c.ours / 1e6, c.lucene / 1e6, c.standard / 1e6, c.query);
        }
        long[] ours = costs.stream().mapToLong(Cost::ours).sorted().toArray();
        long[] lucene = costs.stream().mapToLong(Cost::lucene).sorted().toArray();
        long[] base = costs.stream().mapToLong(Cost::standard).sorted().toArray();
        System.out.printf("%d queries, best of %d: ours median %.2f p99 %.2f sum %.0f ms; query alone median %.2f p99 %.2f sum %.0f ms; "
                + "StandardAnalyzer median %.2f p99 %.2f sum %.0f ms%n", costs.size(), repeats,
                ours[ours.length / 2] / 1e6, ours[(int) (ours.length * 0.99)] / 1e6, Arrays.stream(ours).sum() / 1e6,
                lucene[lucene.length / 2] / 1e6, lucene[(int) (lucene.length * 0.99)] / 1e6, Arrays.stream(lucene).sum() / 1e6,
                base[base.length / 2] / 1e6, base[(int) (base.length * 0.99)] / 1e6, Arrays.stream(base).sum() / 1e6);
    }
}

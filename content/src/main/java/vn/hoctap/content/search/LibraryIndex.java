package vn.hoctap.content.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

import vn.hoctap.content.document.Section;

/**
 * The in-memory index of the library, one Lucene document per section plus one overview per
 * document; a search answers with distinct documents, ranked by their best section. Built in full from PostgreSQL at start-up, then kept current one document at a time
 * ({@link #upsert}), so an import costs the size of that document, not of the library.
 */
final class LibraryIndex implements AutoCloseable {

    static final int MAX_SECTIONS_PER_DOCUMENT = 3;
    private static final int MAX_SEGMENTS = 4;
    static final String DOC_KEY = "doc_key";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<Long, IndexedDocument> documents = new ConcurrentHashMap<>();
    private final QueryFactory queries;
    private final Snippets snippets = new Snippets();
    private volatile boolean reanalyseSnippets;

    private LibraryIndex(Weights weights) throws IOException {
        this.queries = new QueryFactory(weights);
        Map<String, Analyzer> perField = new HashMap<>();
        for (String f : Fields.TEXT) {
            perField.put(f + Fields.EXACT, Analyzers.of(Analyzers.Kind.EXACT));
            perField.put(f + Fields.FOLDED, Analyzers.of(Analyzers.Kind.FOLDED));
            perField.put(f + Fields.BIGRAMS, Analyzers.of(Analyzers.Kind.FOLDED_BIGRAMS));
            perField.put(f + Fields.EXACT_BIGRAMS, Analyzers.of(Analyzers.Kind.EXACT_BIGRAMS));
        }
        IndexWriterConfig config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(Analyzers.of(Analyzers.Kind.FOLDED), perField));
        config.setRAMBufferSizeMB(64);
        config.setCodec(new IndexCodec());
        this.directory = new ByteBuffersDirectory();
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
    }

    public static LibraryIndex build(Collection<IndexedDocument> docs) {
        return build(docs, Weights.DEFAULT);
    }

    /** With other weights: for tuning them on a development set. */
    static LibraryIndex build(Collection<IndexedDocument> docs, Weights weights) {
        try {
            LibraryIndex index = new LibraryIndex(weights);
            for (IndexedDocument d : docs) {
                index.write(d);
            }
            index.writer.forceMerge(1);
            index.searchers.maybeRefreshBlocking();
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index", e);
        }
    }

    /** Adds the document, or replaces every entry of it, and makes the change searchable. */
    public void upsert(IndexedDocument d) {
        try {
            write(d);
            searchers.maybeRefreshBlocking();
            compactIfFragmented();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index document " + d.code(), e);
        }
    }

    /**
     * Every upsert leaves a small segment, and a search pays every one of its many term lookups once
     * per segment: after an import of a whole library (one upsert per document) searches cost several
     * times what they cost on the index built at start-up. Merged back to one segment past a few.
     */
    private void compactIfFragmented() throws IOException {
        if (segmentCount() > MAX_SEGMENTS) {
            writer.forceMerge(1);
            searchers.maybeRefreshBlocking();
        }
    }

    private void write(IndexedDocument d) throws IOException {
        List<Document> entries = new ArrayList<>();
        entries.add(IndexEntries.of(d, SearchHit.OVERVIEW, "", IndexEntries.overview(d), "overview"));
        for (int i = 0; i < d.sections().size(); i++) {
            Section s = d.sections().get(i);
            entries.add(IndexEntries.of(d, i, s.heading(), s.text(), "section"));
        }
        documents.put(d.id(), d);
        writer.updateDocuments(new Term(DOC_KEY, Long.toString(d.id())), entries);
    }


    /**
     * The best {@code limit} documents, each with up to {@link #MAX_SECTIONS_PER_DOCUMENT} of its
     * sections, ranked by their best section.
     */
    public SearchResults search(String rawQuery, int limit) {
        return search(rawQuery, limit, queries);
    }

    /** With another query factory: for tuning weights on a development set without rebuilding the index. */
    SearchResults search(String rawQuery, int limit, QueryFactory queries) {
        String cleaned = QueryFactory.clean(rawQuery);
        if (cleaned.isEmpty()) {
            return new SearchResults(cleaned, List.of(), List.of());
        }
        IndexSearcher searcher = null;
        try {
            searcher = searchers.acquire();
            QueryFactory.Built built = queries.build(cleaned, searcher.getIndexReader());
            TopDocs top = TopEntries.of(searcher, built, Math.max(limit * 6, 30));
            Map<Long, List<SearchHit>> groups = new java.util.LinkedHashMap<>();
            TermVectors vectors = reanalyseSnippets ? null : searcher.getIndexReader().termVectors();
            IndexEntries.Entry[] entries = IndexEntries.entries(searcher.getIndexReader(), top.scoreDocs);
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                long docId = entries[i].documentId();
                List<SearchHit> group = groups.get(docId);
                if (group == null && groups.size() == limit || group != null && group.size() == MAX_SECTIONS_PER_DOCUMENT) {
                    continue;
                }
                IndexedDocument d = documents.get(docId);
                int position = entries[i].position();
                String[] text = IndexEntries.text(d, position, searcher, sd.doc);
                String heading = text[0];
                // only the section shown first gets a snippet: the others are listed by heading
                String snippet = group == null ? snippets.of(built.highlight(), built.highlightTerms(), text[1],
                        vectors == null ? null : IndexEntries.foldedBody(vectors, sd.doc, entries[i], text[1])) : "";
                groups.computeIfAbsent(docId, k -> new ArrayList<>()).add(new SearchHit(docId, d.code(), d.title(),
                        d.issuedOn(), position, heading, snippet, sd.score));
            }
            List<DocumentResult> results = groups.values().stream()
                    .map(g -> new DocumentResult(g.get(0), g.subList(1, g.size()))).toList();
            List<String> suggested = new Suggestions(searcher.getIndexReader()).forTerms(cleaned, built.foldedTerms());
            return new SearchResults(cleaned, results, suggested);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed for: " + cleaned, e);
        } finally {
            release(searcher);
        }
    }


    /** Only the Lucene query of a search (no grouping, texts or snippets): for the benchmark's breakdown. */
    TopDocs top(String rawQuery, int n) throws IOException {
        return top(rawQuery, n, false);
    }

    /** With {@code whole}, by the query in one search ({@link TopEntries#whole}): to test that both agree. */
    TopDocs top(String rawQuery, int n, boolean whole) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            QueryFactory.Built built = queries.build(QueryFactory.clean(rawQuery), searcher.getIndexReader());
            return whole ? TopEntries.whole(searcher, built, n) : TopEntries.of(searcher, built, n);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Snippets by analysing the text again instead of from term vectors: to test that both agree. */
    LibraryIndex reanalysingSnippets(boolean reanalyse) {
        reanalyseSnippets = reanalyse;
        return this;
    }

    private void release(IndexSearcher searcher) {
        if (searcher != null) {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Segments a search currently goes through. */
    int segmentCount() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().leaves().size();
        } finally {
            searchers.release(searcher);
        }
    }

    public int documentCount() {
        return documents.size();
    }

    public int sectionCount() {
        return writer.getDocStats().numDocs;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}

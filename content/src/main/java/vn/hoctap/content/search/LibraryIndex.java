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
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
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
public final class LibraryIndex implements AutoCloseable {

    static final int MAX_SECTIONS_PER_DOCUMENT = 3;
    /** Stored fields read only when the in-memory document is newer than the searcher's view of it. */
    private static final java.util.Set<String> STORED = java.util.Set.of(Fields.HEADING, Fields.BODY);
    private static final String DOC_KEY = "doc_key";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<Long, IndexedDocument> documents = new ConcurrentHashMap<>();
    private final QueryFactory queries;
    private final Snippets snippets = new Snippets();

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
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index document " + d.code(), e);
        }
    }

    private void write(IndexedDocument d) throws IOException {
        List<Document> entries = new ArrayList<>();
        entries.add(luceneDoc(d, SearchHit.OVERVIEW, "", overview(d), "overview"));
        for (int i = 0; i < d.sections().size(); i++) {
            Section s = d.sections().get(i);
            entries.add(luceneDoc(d, i, s.heading(), s.text(), "section"));
        }
        documents.put(d.id(), d);
        writer.updateDocuments(new Term(DOC_KEY, Long.toString(d.id())), entries);
    }

    private static Document luceneDoc(IndexedDocument d, int position, String heading, String body, String kind) {
        Document doc = new Document();
        doc.add(new StringField(DOC_KEY, Long.toString(d.id()), Field.Store.NO));
        doc.add(new StoredField(Fields.DOC_ID, d.id()));
        doc.add(new StoredField(Fields.POSITION, position));
        // Read per hit from doc values (no stored-field block to decompress); heading and body come
        // from the document held in memory.
        doc.add(new NumericDocValuesField(Fields.DOC_ID, d.id()));
        doc.add(new NumericDocValuesField(Fields.POSITION, position));
        doc.add(new StringField(Fields.KIND, kind, Field.Store.NO));
        doc.add(new StringField(Fields.YEAR, Integer.toString(d.issuedOn().getYear()), Field.Store.NO));
        DocumentNumbers.keysOf(d.type(), d.number(), d.issuer())
                .forEach(k -> doc.add(new StringField(Fields.DOC_NUMBER, k, Field.Store.NO)));
        addText(doc, Fields.TITLE, d.title());
        addText(doc, Fields.HEADING, heading);
        addText(doc, Fields.BODY, body);
        doc.add(new StoredField(Fields.HEADING, heading));
        doc.add(new StoredField(Fields.BODY, body));
        return doc;
    }

    private static void addText(Document doc, String field, String value) {
        doc.add(new TextField(field + Fields.EXACT, value, Field.Store.NO));
        doc.add(new TextField(field + Fields.FOLDED, value, Field.Store.NO));
        doc.add(new TextField(field + Fields.BIGRAMS, value, Field.Store.NO));
        doc.add(new TextField(field + Fields.EXACT_BIGRAMS, value, Field.Store.NO));
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
            TopDocs top = searcher.search(built.query(), Math.max(limit * 6, 30));
            Map<Long, List<SearchHit>> groups = new java.util.LinkedHashMap<>();
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            for (ScoreDoc sd : top.scoreDocs) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
                long docId = docValue(leaf, Fields.DOC_ID, sd.doc);
                List<SearchHit> group = groups.get(docId);
                if (group == null && groups.size() == limit || group != null && group.size() == MAX_SECTIONS_PER_DOCUMENT) {
                    continue;
                }
                IndexedDocument d = documents.get(docId);
                int position = (int) docValue(leaf, Fields.POSITION, sd.doc);
                String[] text = text(d, position, searcher, sd.doc);
                String heading = text[0];
                // only the section shown first gets a snippet: the others are listed by heading
                String snippet = group == null ? snippets.of(built.highlight(), built.highlightTerms(), text[1]) : "";
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

    private static long docValue(LeafReaderContext leaf, String field, int doc) throws IOException {
        NumericDocValues values = DocValues.getNumeric(leaf.reader(), field);
        if (!values.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("index entry " + doc + " has no " + field);
        }
        return values.longValue();
    }

    /**
     * Heading and body of an entry, from the document in memory; from the stored fields only when
     * the searcher still shows an older version of the document than the one held.
     */
    private static String[] text(IndexedDocument d, int position, IndexSearcher searcher, int doc) throws IOException {
        if (position == SearchHit.OVERVIEW) {
            return new String[] {"", overview(d)};
        }
        if (position >= 0 && position < d.sections().size()) {
            Section s = d.sections().get(position);
            return new String[] {s.heading(), s.text()};
        }
        Document stored = searcher.storedFields().document(doc, STORED);
        return new String[] {stored.get(Fields.HEADING), stored.get(Fields.BODY)};
    }

    private static String overview(IndexedDocument d) {
        return (d.summary() == null ? "" : d.summary()) + "\n" + String.join("\n", d.keyPoints());
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

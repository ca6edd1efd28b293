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
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
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
 * document. Built in full from PostgreSQL at start-up, then kept current one document at a time
 * ({@link #upsert}), so an import costs the size of that document, not of the library.
 */
public final class LibraryIndex implements AutoCloseable {

    static final int MAX_SECTIONS_PER_DOCUMENT = 3;
    private static final String DOC_KEY = "doc_key";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<Long, IndexedDocument> documents = new ConcurrentHashMap<>();
    private final QueryFactory queries = new QueryFactory();
    private final Snippets snippets = new Snippets();

    private LibraryIndex() throws IOException {
        Map<String, Analyzer> perField = new HashMap<>();
        for (String f : Fields.TEXT) {
            perField.put(f + Fields.EXACT, Analyzers.of(Analyzers.Kind.EXACT));
            perField.put(f + Fields.FOLDED, Analyzers.of(Analyzers.Kind.FOLDED));
            perField.put(f + Fields.BIGRAMS, Analyzers.of(Analyzers.Kind.FOLDED_BIGRAMS));
        }
        IndexWriterConfig config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(Analyzers.of(Analyzers.Kind.FOLDED), perField));
        config.setRAMBufferSizeMB(64);
        this.directory = new ByteBuffersDirectory();
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
    }

    public static LibraryIndex build(Collection<IndexedDocument> docs) {
        try {
            LibraryIndex index = new LibraryIndex();
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
        String overview = (d.summary() == null ? "" : d.summary()) + "\n" + String.join("\n", d.keyPoints());
        entries.add(luceneDoc(d, SearchHit.OVERVIEW, "", overview, "overview"));
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
    }

    /** Best sections first, at most {@code limit}, no more than three from one document. */
    public SearchResults search(String rawQuery, int limit) {
        String cleaned = QueryFactory.clean(rawQuery);
        if (cleaned.isEmpty()) {
            return new SearchResults(cleaned, List.of(), List.of());
        }
        QueryFactory.Built built = queries.build(cleaned);
        IndexSearcher searcher = null;
        try {
            searcher = searchers.acquire();
            TopDocs top = searcher.search(built.query(), Math.max(limit * 4, 20));
            List<SearchHit> hits = new ArrayList<>();
            Map<Long, Integer> perDocument = new HashMap<>();
            for (ScoreDoc sd : top.scoreDocs) {
                Document stored = searcher.storedFields().document(sd.doc);
                long docId = stored.getField(Fields.DOC_ID).numericValue().longValue();
                if (perDocument.merge(docId, 1, Integer::sum) > MAX_SECTIONS_PER_DOCUMENT) {
                    continue;
                }
                IndexedDocument d = documents.get(docId);
                int position = stored.getField(Fields.POSITION).numericValue().intValue();
                hits.add(new SearchHit(docId, d.code(), d.title(), d.issuedOn(), position, stored.get(Fields.HEADING),
                        snippets.of(built.highlight(), built.highlightTerms(), stored.get(Fields.BODY)), sd.score));
                if (hits.size() == limit) {
                    break;
                }
            }
            List<String> suggested = new Suggestions(searcher.getIndexReader()).forTerms(cleaned, built.foldedTerms());
            return new SearchResults(cleaned, hits, suggested);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed for: " + cleaned, e);
        } finally {
            release(searcher);
        }
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

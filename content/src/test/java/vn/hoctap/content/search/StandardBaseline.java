package vn.hoctap.content.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The comparison point for the relevance report: the same sections indexed with Lucene's
 * StandardAnalyzer (no folding, no bigrams, no document-number keys), queried on the same fields,
 * its section hits grouped into documents like ours.
 */
public final class StandardBaseline {

    private final IndexSearcher searcher;
    private final StandardAnalyzer analyzer = new StandardAnalyzer();

    public StandardBaseline(List<IndexedDocument> docs) {
        this(docs, d -> d.code() + "@" + d.issuedOn().getYear());
    }

    public StandardBaseline(List<IndexedDocument> docs, java.util.function.Function<IndexedDocument, String> key) {
        this.key = key;
        try {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (IndexedDocument d : docs) {
                    w.addDocument(doc(d, "Tổng quan", d.summary() == null ? "" : d.summary()));
                    d.sections().forEach(s -> {
                        try {
                            w.addDocument(doc(d, s.heading(), s.text()));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
            }
            searcher = new IndexSearcher(DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final java.util.function.Function<IndexedDocument, String> key;

    private Document doc(IndexedDocument d, String heading, String body) {
        Document doc = new Document();
        doc.add(new StoredField("key", key.apply(d)));
        doc.add(new StoredField("heading_stored", heading));
        doc.add(new TextField("title", d.code() + " " + d.title(), Field.Store.NO));
        doc.add(new TextField("heading", heading, Field.Store.NO));
        doc.add(new TextField("body", body, Field.Store.NO));
        return doc;
    }

    /** The best {@code n} documents, from the best sections (five times as many), grouped by document. */
    public List<RelevanceEvaluation.Result> search(String query, int n) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : QueryFactory.tokens(analyzer, query)) {
            for (String f : new String[] {"title", "heading", "body"}) {
                b.add(new TermQuery(new Term(f, t)), Occur.SHOULD);
            }
        }
        try {
            List<String[]> sections = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(b.build(), n * 5).scoreDocs) {
                Document d = searcher.storedFields().document(sd.doc);
                sections.add(new String[] {d.get("key"), d.get("heading_stored")});
            }
            return RelevanceEvaluation.grouped(sections, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

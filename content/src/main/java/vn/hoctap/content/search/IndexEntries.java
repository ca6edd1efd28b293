package vn.hoctap.content.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

import vn.hoctap.content.document.Section;

/**
 * How a document becomes index entries (one per section plus its overview) and how a hit becomes
 * text again: doc id and position from doc values, heading and body from the document in memory,
 * so a search decompresses no stored fields.
 */
final class IndexEntries {

    /** Stored fields read only when the in-memory document is newer than the searcher's view of it. */
    private static final java.util.Set<String> STORED = java.util.Set.of(Fields.HEADING, Fields.BODY);

    /**
     * The folded body keeps its tokens' positions and offsets as a term vector, so a snippet is
     * marked from the index instead of analysing the section again (ICU normalisation and tokenising
     * of up to 20,000 characters per result was a third of a search).
     */
    private static final FieldType FOLDED_BODY = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        FOLDED_BODY.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        FOLDED_BODY.setStoreTermVectors(true);
        FOLDED_BODY.setStoreTermVectorPositions(true);
        FOLDED_BODY.setStoreTermVectorOffsets(true);
        FOLDED_BODY.freeze();
    }

    private IndexEntries() {
    }

    static Document of(IndexedDocument d, int position, String heading, String body, String kind) {
        Document doc = new Document();
        doc.add(new StringField(LibraryIndex.DOC_KEY, Long.toString(d.id()), Field.Store.NO));
        doc.add(new StoredField(Fields.DOC_ID, d.id()));
        doc.add(new StoredField(Fields.POSITION, position));
        // Read per hit from doc values (no stored-field block to decompress); heading and body come
        // from the document held in memory.
        doc.add(new NumericDocValuesField(Fields.DOC_ID, d.id()));
        doc.add(new NumericDocValuesField(Fields.POSITION, position));
        // Tells whether the text held in memory is the one the term vector was made from.
        doc.add(new NumericDocValuesField(Fields.BODY_HASH, body.hashCode()));
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
        doc.add(field.equals(Fields.BODY) ? new Field(field + Fields.FOLDED, value, FOLDED_BODY)
                : new TextField(field + Fields.FOLDED, value, Field.Store.NO));
        doc.add(new TextField(field + Fields.BIGRAMS, value, Field.Store.NO));
        doc.add(new TextField(field + Fields.EXACT_BIGRAMS, value, Field.Store.NO));
    }

    /** What a hit needs from the index besides its score: read from doc values. */
    record Entry(long documentId, int position, int bodyHash) {
    }

    /**
     * The entries of {@code hits}, in their order, read in index order with one doc-values iterator
     * per field and segment (an iterator per hit and field was 6% of a search).
     */
    static Entry[] entries(IndexReader reader, ScoreDoc[] hits) throws IOException {
        Integer[] byDoc = new Integer[hits.length];
        for (int i = 0; i < hits.length; i++) {
            byDoc[i] = i;
        }
        java.util.Arrays.sort(byDoc, java.util.Comparator.comparingInt(i -> hits[i].doc));
        List<LeafReaderContext> leaves = reader.leaves();
        Entry[] entries = new Entry[hits.length];
        LeafReaderContext leaf = null;
        NumericDocValues ids = null;
        NumericDocValues positions = null;
        NumericDocValues hashes = null;
        for (int i : byDoc) {
            int doc = hits[i].doc;
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                ids = DocValues.getNumeric(leaf.reader(), Fields.DOC_ID);
                positions = DocValues.getNumeric(leaf.reader(), Fields.POSITION);
                hashes = DocValues.getNumeric(leaf.reader(), Fields.BODY_HASH);
            }
            int local = doc - leaf.docBase;
            entries[i] = new Entry(value(ids, local, Fields.DOC_ID), (int) value(positions, local, Fields.POSITION),
                    (int) value(hashes, local, Fields.BODY_HASH));
        }
        return entries;
    }

    private static long value(NumericDocValues values, int doc, String field) throws IOException {
        if (!values.advanceExact(doc)) {
            throw new IllegalStateException("index entry " + doc + " has no " + field);
        }
        return values.longValue();
    }

    /**
     * The folded body's term vector of an entry, or null when {@code body} (the text about to be
     * highlighted) is not the text it was made from: the document changed after this searcher opened.
     */
    static Terms foldedBody(TermVectors vectors, int doc, Entry entry, String body) throws IOException {
        return entry.bodyHash() == body.hashCode() ? vectors.get(doc, Fields.BODY + Fields.FOLDED) : null;
    }

    /**
     * Heading and body of an entry, from the document in memory; from the stored fields only when
     * the searcher still shows an older version of the document than the one held.
     */
    static String[] text(IndexedDocument d, int position, IndexSearcher searcher, int doc) throws IOException {
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

    static String overview(IndexedDocument d) {
        return (d.summary() == null ? "" : d.summary()) + "\n" + String.join("\n", d.keyPoints());
    }
}

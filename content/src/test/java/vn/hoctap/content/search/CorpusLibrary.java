package vn.hoctap.content.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.hoctap.content.corpus.Corpus;
import vn.hoctap.content.document.NewDocument;

/**
 * The bundled library (ids 1..n) and the test corpus (ids from {@link #FIRST_CORPUS_ID}) as one
 * searchable collection, with the key the relevance sets use: "code@year" for the library, the
 * file name for the corpus (whose news articles have no number).
 */
public final class CorpusLibrary {

    static final long FIRST_CORPUS_ID = 1_000;

    private final List<IndexedDocument> documents = new ArrayList<>();
    private final Map<Long, String> keys = new HashMap<>();

    public CorpusLibrary() {
        for (IndexedDocument d : BundledLibrary.load()) {
            documents.add(d);
            keys.put(d.id(), d.code() + "@" + d.issuedOn().getYear());
        }
        long id = FIRST_CORPUS_ID;
        for (Corpus.Entry e : Corpus.load()) {
            NewDocument d = e.document();
            documents.add(new IndexedDocument(id, d.type(), d.number(), d.issuer(), d.issuedOn(), d.title(), d.summary(),
                    d.keyPoints(), d.sections()));
            keys.put(id++, e.file());
        }
    }

    public List<IndexedDocument> documents() {
        return documents;
    }

    public String key(long documentId) {
        return keys.get(documentId);
    }

    public String key(IndexedDocument d) {
        return keys.get(d.id());
    }
}

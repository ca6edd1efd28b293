package vn.hoctap.content.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import vn.hoctap.content.document.NewDocument;
import vn.hoctap.content.importing.DocumentReaders;

/** The documents shipped in {@code library/*.md}, read by the real importer, with ids 1..n. */
public final class BundledLibrary {

    private BundledLibrary() {
    }

    public static List<IndexedDocument> load() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:library/*.md");
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            DocumentReaders readers = new DocumentReaders();
            List<IndexedDocument> docs = new ArrayList<>();
            for (Resource f : files) {
                NewDocument d = readers.read(f.getFilename(), f.getContentAsByteArray());
                docs.add(new IndexedDocument(docs.size() + 1, d.type(), d.number(), d.issuer(), d.issuedOn(), d.title(),
                        d.summary(), d.keyPoints(), d.sections()));
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

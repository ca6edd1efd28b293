package vn.hoctap.content.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

import vn.hoctap.content.document.Document;
import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.content.document.NewDocument;
import vn.hoctap.content.importing.DocumentReaders;
import vn.hoctap.content.search.SearchService;
import vn.hoctap.content.summary.ExtractiveSummarizer;

/**
 * Brings documents into the library: read and validate the whole file first (nothing is stored
 * from a file that fails), generate a summary when the author wrote none, store document and
 * sections in one transaction, then refresh the search index.
 */
@Service
public class DocumentLibrary {

    private final DocumentRepository documents;
    private final SearchService search;
    private final DocumentReaders readers = new DocumentReaders();
    private final ExtractiveSummarizer summarizer;

    public DocumentLibrary(DocumentRepository documents, SearchService search,
            @Value("${hoctap.content.summary-chars:3000}") int summaryChars) {
        this.documents = documents;
        this.search = search;
        this.summarizer = new ExtractiveSummarizer(summaryChars);
    }

    /** @throws vn.hoctap.content.importing.ImportFailedException naming the file when it cannot be imported */
    public ImportResult importFile(String fileName, byte[] content) {
        NewDocument doc = readers.read(fileName, content);
        boolean generated = doc.summary() == null;
        if (generated) {
            String summary = summarizer.summarize(doc.sections());
            doc = doc.withSummary(summary.isBlank() ? null : summary);
        }
        boolean existed = documents.exists(doc);
        Document saved = documents.save(doc, generated);
        search.documentChanged(saved.id());
        return new ImportResult(fileName, saved, !existed, doc.sections().size());
    }

    /** Imports the documents shipped with the application (classpath {@code library/*.md}). */
    public List<ImportResult> importBundledLibrary() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:library/*.md");
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            List<ImportResult> results = new ArrayList<>();
            for (Resource file : files) {
                results.add(importFile(file.getFilename(), file.getContentAsByteArray()));
            }
            return results;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled library", e);
        }
    }

    /** An admin's summary replaces a generated one and is kept by later re-imports. */
    public Document replaceSummary(long documentId, String summary) {
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("summary must not be empty");
        }
        if (!documents.replaceSummary(documentId, summary)) {
            throw new java.util.NoSuchElementException("document " + documentId);
        }
        search.documentChanged(documentId);
        return documents.findById(documentId).orElseThrow();
    }
}

package vn.hoctap.content.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoctap.content.document.Document;
import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.content.document.NewDocument;
import vn.hoctap.content.importing.DocumentReaders;
import vn.hoctap.content.importing.ImportHints;
import vn.hoctap.content.quiz.OtherDocument;
import vn.hoctap.content.quiz.QuestionBankReader;
import vn.hoctap.content.quiz.QuestionGenerator;
import vn.hoctap.content.quiz.QuizQuestion;
import vn.hoctap.content.quiz.QuizRepository;
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
    private final QuizRepository quizzes;
    private final DocumentReaders readers = new DocumentReaders();
    private final QuestionBankReader questionBank = new QuestionBankReader();
    private final QuestionGenerator generator = new QuestionGenerator();
    private final ExtractiveSummarizer summarizer;

    public DocumentLibrary(DocumentRepository documents, SearchService search, QuizRepository quizzes,
            ContentProperties props) {
        this.documents = documents;
        this.search = search;
        this.quizzes = quizzes;
        this.summarizer = new ExtractiveSummarizer(props.summaryChars());
    }

    /**
     * Imports a file with its authored quiz questions (Markdown {@code questions:}) and queues
     * generated questions as drafts for an admin to approve.
     *
     * @throws vn.hoctap.content.importing.ImportFailedException naming the file when it cannot be imported
     */
    @Transactional
    public ImportResult importFile(String fileName, byte[] content) {
        return importFile(fileName, content, ImportHints.none());
    }

    /** As {@link #importFile(String, byte[])}, with the upload form's title, date and source for texts that lack them. */
    @Transactional
    public ImportResult importFile(String fileName, byte[] content, ImportHints hints) {
        NewDocument doc = readers.read(fileName, content, hints);
        List<QuizQuestion> authored = fileName.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(md|markdown)")
                ? questionBank.read(fileName, content) : List.of();
        boolean generated = doc.summary() == null;
        if (generated) {
            String summary = summarizer.summarize(doc.title(), doc.sections());
            doc = doc.withSummary(summary.isBlank() ? null : summary);
        }
        boolean existed = documents.exists(doc);
        Document saved = documents.save(doc, generated);
        quizzes.replaceAuthored(saved.id(), authored);
        List<OtherDocument> library = documents.findAll().stream().filter(d -> d.id() != saved.id()).map(OtherDocument::of).toList();
        quizzes.saveDrafts(saved.id(), generator.generate(saved.id(), doc, library));
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

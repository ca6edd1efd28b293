package vn.hoctap.bot.documents;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.hoctap.content.document.Document;
import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.content.library.DocumentLibrary;
import vn.hoctap.content.library.ImportResult;
import vn.hoctap.content.search.SearchResults;
import vn.hoctap.content.search.SearchService;

/** Admin API for the document library: import files, replace a summary, list and search. */
@RestController
class DocumentController {

    record DocumentView(long id, String code, String type, String number, String issuer, LocalDate issuedOn, String term,
            Integer plenum, String title, boolean summaryGenerated, int sections) {
    }

    record Imported(String file, boolean created, DocumentView document) {
    }

    private final DocumentLibrary library;
    private final DocumentRepository documents;
    private final SearchService search;

    DocumentController(DocumentLibrary library, DocumentRepository documents, SearchService search) {
        this.library = library;
        this.documents = documents;
        this.search = search;
    }

    /**
     * Multipart upload, field {@code file}: 201 when new, 200 when it updated the same document.
     * Optional {@code title}, {@code issued} (yyyy-MM-dd) and {@code source} are used only where the
     * text itself does not say (a news article's headline, date or newspaper).
     */
    @PostMapping(path = "/api/documents/import", consumes = "multipart/form-data")
    ResponseEntity<Imported> importFile(@RequestParam("file") MultipartFile file,
            @RequestParam(name = "title", required = false) String title,
            @RequestParam(name = "issued", required = false) java.time.LocalDate issued,
            @RequestParam(name = "source", required = false) String source) throws IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload" : file.getOriginalFilename();
        ImportResult r = library.importFile(name, file.getBytes(),
                new vn.hoctap.content.importing.ImportHints(title, issued, source, null));
        return ResponseEntity.status(r.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new Imported(r.fileName(), r.created(), view(r.document())));
    }

    @PutMapping(path = "/api/documents/{id}/summary", consumes = "text/plain")
    DocumentView replaceSummary(@PathVariable long id, @RequestBody String summary) {
        return view(library.replaceSummary(id, summary));
    }

    @GetMapping("/api/documents")
    List<DocumentView> list() {
        return documents.findAll().stream().map(this::view).toList();
    }

    @GetMapping("/api/documents/{id}")
    Map<String, Object> get(@PathVariable long id) {
        Document d = documents.findById(id).orElseThrow(() -> new NoSuchElementException("document " + id));
        return Map.of("document", view(d), "summary", d.summary() == null ? "" : d.summary(), "keyPoints", d.keyPoints(),
                "sections", documents.sections(id));
    }

    @GetMapping("/api/search")
    SearchResults search(@RequestParam("q") String q, @RequestParam(name = "limit", defaultValue = "10") int limit) {
        return search.search(q, limit);
    }

    private DocumentView view(Document d) {
        return new DocumentView(d.id(), d.code(), d.type(), d.number(), d.issuer(), d.issuedOn(), d.term(), d.plenum(), d.title(),
                d.summaryGenerated(), documents.sections(d.id()).size());
    }
}

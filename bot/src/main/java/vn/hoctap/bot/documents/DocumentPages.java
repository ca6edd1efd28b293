package vn.hoctap.bot.documents;

import java.io.IOException;
import java.util.NoSuchElementException;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoctap.bot.study.BotPreview;
import vn.hoctap.bot.web.DashboardPage;
import vn.hoctap.content.document.Document;
import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.content.importing.ImportFailedException;
import vn.hoctap.content.library.DocumentLibrary;
import vn.hoctap.content.library.ImportResult;
import vn.hoctap.content.quiz.QuizRepository;

/** Dashboard pages of the library (admins): import, edit the summary, review generated questions, preview in the bot. */
@DashboardPage
class DocumentPages {

    private final DocumentLibrary library;
    private final DocumentRepository documents;
    private final QuizRepository questions;
    private final BotPreview preview;

    DocumentPages(DocumentLibrary library, DocumentRepository documents, QuizRepository questions, BotPreview preview) {
        this.library = library;
        this.documents = documents;
        this.questions = questions;
        this.preview = preview;
    }

    @GetMapping("/documents")
    String list(Model model) {
        model.addAttribute("documents", documents.findAll());
        return "documents/list";
    }

    @PostMapping("/documents/import")
    String importFile(@RequestParam("file") MultipartFile file, @RequestParam(name = "title", required = false) String title,
            @RequestParam(name = "issued", required = false) String issued,
            @RequestParam(name = "source", required = false) String source, RedirectAttributes redirect) throws IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload" : file.getOriginalFilename();
        try {
            java.time.LocalDate issuedOn = issued == null || issued.isBlank() ? null : java.time.LocalDate.parse(issued);
            ImportResult r = library.importFile(name, file.getBytes(),
                    new vn.hoctap.content.importing.ImportHints(title, issuedOn, source, null));
            redirect.addFlashAttribute("imported", r.document().code() + " — " + r.document().title());
            return "redirect:/documents/" + r.document().id();
        } catch (ImportFailedException | IllegalArgumentException | java.time.format.DateTimeParseException e) {
            redirect.addFlashAttribute("importError", name + ": " + e.getMessage());
            return "redirect:/documents";
        }
    }

    @GetMapping("/documents/{id}")
    String show(@PathVariable long id, Model model) {
        Document d = document(id);
        model.addAttribute("document", d);
        model.addAttribute("sections", documents.sections(id));
        model.addAttribute("drafts", questions.drafts(id));
        model.addAttribute("approved", questions.approved(id));
        model.addAttribute("preview", preview.pages(d));
        return "documents/show";
    }

    @PostMapping("/documents/{id}/summary")
    String summary(@PathVariable long id, @RequestParam("summary") String summary, RedirectAttributes redirect) {
        document(id);
        try {
            library.replaceSummary(id, summary);
            redirect.addFlashAttribute("saved", true);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("summaryError", e.getMessage());
        }
        return "redirect:/documents/" + id;
    }

    @PostMapping("/documents/{id}/questions/{question}/{decision:approve|reject}")
    String decide(@PathVariable long id, @PathVariable long question, @PathVariable String decision) {
        questions.findById(question).filter(q -> q.documentId() == id)
                .orElseThrow(() -> new NoSuchElementException("question " + question));
        if ("approve".equals(decision)) {
            questions.approve(question);
        } else {
            questions.reject(question);
        }
        return "redirect:/documents/" + id + "#questions";
    }

    private Document document(long id) {
        return documents.findById(id).orElseThrow(() -> new NoSuchElementException("document " + id));
    }
}

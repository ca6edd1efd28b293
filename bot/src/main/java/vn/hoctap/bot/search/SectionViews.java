package vn.hoctap.bot.search;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.study.StudyProperties;
import vn.hoctap.bot.telegram.Button;
import vn.hoctap.bot.telegram.CallbackData;
import vn.hoctap.bot.telegram.Keyboard;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.content.document.Document;
import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.content.document.StoredSection;
import vn.hoctap.content.search.SearchHit;
import vn.hoctap.content.summary.SummaryPages;

/**
 * A document section (or the overview: summary and key points) as a chat screen, paged when long,
 * with buttons to the neighbouring sections. Data {@code sp:D:P:N} is page N of section P-1.
 */
@Component
class SectionViews {

    record Screen(String text, Keyboard keyboard) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DocumentRepository documents;
    private final Texts texts;
    private final SummaryPages pages;

    SectionViews(DocumentRepository documents, Texts texts, StudyProperties study) {
        this.documents = documents;
        this.texts = texts;
        this.pages = new SummaryPages(study.pageChars());
    }

    /** Empty when the document or section does not exist (stale or tampered button). */
    Optional<Screen> screen(long documentId, int sectionPosition, int requestedPage) {
        Optional<Document> found = documents.findById(documentId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Document d = found.get();
        if (sectionPosition == SearchHit.OVERVIEW) {
            return Optional.of(overview(d));
        }
        return documents.section(documentId, sectionPosition).map(s -> section(d, s, requestedPage));
    }

    private Screen overview(Document d) {
        StringBuilder body = new StringBuilder(d.hasSummary() ? d.summary() : texts.get("section.noSummary"));
        if (!d.keyPoints().isEmpty()) {
            body.append("\n\n").append(texts.get("section.keyPoints"));
            d.keyPoints().forEach(k -> body.append("\n• ").append(k));
        }
        List<String> parts = pages.split(body.toString());
        String text = texts.get("section.overview", d.code(), DATE.format(d.issuedOn()), d.title(), parts.get(0));
        List<Button> nav = new ArrayList<>();
        if (!documents.sections(d.id()).isEmpty()) {
            nav.add(new Button(texts.get("button.nextSection"), SearchViews.open(d.id(), 0)));
        }
        return new Screen(text, new Keyboard(List.of(nav)));
    }

    private Screen section(Document d, StoredSection s, int requestedPage) {
        List<String> parts = pages.split(s.text().isBlank() ? s.heading() : s.text());
        int page = Math.max(1, Math.min(requestedPage, parts.size()));
        String text = texts.get("section.page", d.code(), DATE.format(d.issuedOn()), d.title(), s.heading(),
                parts.get(page - 1), page, parts.size());
        List<Button> paging = new ArrayList<>();
        if (page > 1) {
            paging.add(new Button(texts.get("button.prev"), CallbackData.of("sp", d.id(), s.position() + 1L, page - 1)));
        }
        if (page < parts.size()) {
            paging.add(new Button(texts.get("button.next"), CallbackData.of("sp", d.id(), s.position() + 1L, page + 1)));
        }
        List<Button> sections = new ArrayList<>();
        sections.add(new Button(texts.get("button.prevSection"), SearchViews.open(d.id(), s.position() - 1)));
        if (documents.section(d.id(), s.position() + 1).isPresent()) {
            sections.add(new Button(texts.get("button.nextSection"), SearchViews.open(d.id(), s.position() + 1)));
        }
        return new Screen(text, new Keyboard(List.of(paging, sections)));
    }
}

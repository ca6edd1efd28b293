package vn.hoctap.bot.search;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.study.StudyProperties;
import vn.hoctap.bot.telegram.Button;
import vn.hoctap.bot.telegram.Html;
import vn.hoctap.bot.telegram.Keyboard;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.bot.webapp.WebAppLinks;
import vn.hoctap.content.document.Document;
import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.content.search.SearchHit;
import vn.hoctap.content.summary.SummaryPages;

/**
 * A document section (or the overview: summary and key points) as a chat screen in Telegram HTML
 * (document text escaped here), paged when long, with buttons to the neighbouring sections and to
 * the Mini App. Data {@code sp:D:P:N} is page N of section P-1 (P = 0 is the overview); section
 * navigation uses it too, so moving between sections edits the message in place.
 */
@Component
class SectionViews {

    record Screen(String text, Keyboard keyboard) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DocumentRepository documents;
    private final Texts texts;
    private final SummaryPages pages;
    private final WebAppLinks webApp;

    SectionViews(DocumentRepository documents, Texts texts, StudyProperties study, WebAppLinks webApp) {
        this.webApp = webApp;
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
            return Optional.of(render(d, SearchHit.OVERVIEW, texts.get("search.overview"), overviewText(d), requestedPage));
        }
        return documents.section(documentId, sectionPosition)
                .map(s -> render(d, s.position(), s.heading(), s.text().isBlank() ? s.heading() : s.text(), requestedPage));
    }

    private String overviewText(Document d) {
        StringBuilder body = new StringBuilder(d.hasSummary() ? d.summary() : texts.get("section.noSummary"));
        if (!d.keyPoints().isEmpty()) {
            body.append("\n\n").append(texts.get("section.keyPoints"));
            d.keyPoints().forEach(k -> body.append("\n• ").append(k));
        }
        return body.toString();
    }

    private Screen render(Document d, int position, String heading, String body, int requestedPage) {
        List<String> parts = pages.split(body);
        int page = Math.max(1, Math.min(requestedPage, parts.size()));
        String text = texts.get("section.page", Html.escape(d.code()), DATE.format(d.issuedOn()), Html.escape(d.title()),
                Html.escape(heading), Html.escape(parts.get(page - 1)), page, parts.size());
        List<Button> paging = new ArrayList<>();
        if (page > 1) {
            paging.add(SearchActions.SECTION_PAGE.button(texts.get("button.prev"), d.id(), position + 1L, page - 1));
        }
        if (page < parts.size()) {
            paging.add(SearchActions.SECTION_PAGE.button(texts.get("button.next"), d.id(), position + 1L, page + 1));
        }
        List<Button> sections = new ArrayList<>();
        if (position > SearchHit.OVERVIEW) {
            sections.add(SearchActions.SECTION_PAGE.button(texts.get("button.prevSection"), d.id(), position, 1));
        }
        if (documents.section(d.id(), position + 1).isPresent()) {
            sections.add(SearchActions.SECTION_PAGE.button(texts.get("button.nextSection"), d.id(), position + 2L, 1));
        }
        List<Button> read = webApp.readDocument(d.id(), position).map(List::of).orElse(List.of());
        return new Screen(text, new Keyboard(List.of(paging, sections, read)));
    }
}

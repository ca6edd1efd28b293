package vn.hoctap.bot.search;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.Button;
import vn.hoctap.bot.telegram.Html;
import vn.hoctap.bot.telegram.Keyboard;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.bot.webapp.WebAppLinks;
import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.content.search.SearchHit;
import vn.hoctap.content.search.SearchResults;
import vn.hoctap.content.search.SearchService;

/**
 * Runs a search and shows the results in the chat: numbered hits with highlighted snippets and a
 * button per hit, or, when nothing matches, suggestions and documents to browse (never an empty
 * reply). Button data {@code s:D:P} opens section P-1 of document D (P = 0 is the overview).
 */
@Component
class SearchViews {

    static final int RESULTS = 5;
    static final String SUGGESTION_KEY = "search.suggestion";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final SearchService search;
    private final DocumentRepository documents;
    private final TelegramGateway telegram;
    private final Texts texts;
    private final WebAppLinks webApp;

    SearchViews(SearchService search, DocumentRepository documents, TelegramGateway telegram, Texts texts, WebAppLinks webApp) {
        this.webApp = webApp;
        this.search = search;
        this.documents = documents;
        this.telegram = telegram;
        this.texts = texts;
    }

    void searchAndReply(long chatId, String query, ChatSession session) {
        SearchResults results = search.search(query, RESULTS);
        String shown = Html.escape(shorten(results.query(), 80));
        String shortened = query.strip().length() > results.query().length() ? "\n" + texts.get("search.shortened") : "";
        if (results.isEmpty()) {
            replyNothingFound(chatId, shown + shortened, results, session);
            return;
        }
        StringBuilder html = new StringBuilder(texts.get("search.header", shown)).append(shortened);
        List<Button> buttons = new ArrayList<>();
        for (int i = 0; i < results.hits().size(); i++) {
            SearchHit h = results.hits().get(i);
            String heading = h.isOverview() ? texts.get("search.overview") : h.sectionHeading();
            html.append("\n\n").append(texts.get("search.item", i + 1, Html.escape(h.code()), DATE.format(h.issuedOn()),
                    Html.escape(shorten(h.title(), 110)), Html.escape(shorten(heading, 80)), h.snippet()));
            buttons.add(new Button((i + 1) + ". " + h.code() + " · " + shorten(heading, 30), open(h.documentId(), h.sectionPosition())));
        }
        html.append("\n\n").append(texts.get("search.footer"));
        SearchHit best = results.hits().get(0);
        // Mini App buttons work only in private chats (positive chat ids).
        webApp.readDocument(best.documentId(), best.sectionPosition()).filter(b -> chatId > 0)
                .ifPresent(b -> buttons.add(Button.webApp(b.text() + " · " + shorten(best.code(), 30), b.url())));
        telegram.sendHtml(chatId, html.toString(), Keyboard.of(buttons.toArray(Button[]::new)));
    }

    private void replyNothingFound(long chatId, String shownQuery, SearchResults results, ChatSession session) {
        StringBuilder html = new StringBuilder(texts.get("search.none", shownQuery));
        List<Button> buttons = new ArrayList<>();
        if (!results.suggestions().isEmpty()) {
            String suggestion = results.suggestions().get(0);
            html.append("\n").append(texts.get("search.none.didYouMean", Html.escape(suggestion)));
            session.put(SUGGESTION_KEY, suggestion);
            buttons.add(SearchActions.SUGGESTION.button(texts.get("button.searchSuggestion", shorten(suggestion, 40))));
        }
        var recent = documents.newest(3);
        if (!recent.isEmpty()) {
            html.append("\n\n").append(texts.get("search.none.browse"));
            recent.forEach(d -> buttons.add(new Button("📄 " + d.code() + " · " + shorten(d.title(), 40), open(d.id(), SearchHit.OVERVIEW))));
        }
        telegram.sendHtml(chatId, html.toString(), Keyboard.of(buttons.toArray(Button[]::new)));
    }

    static String open(long documentId, int sectionPosition) {
        return SearchActions.OPEN_SECTION.data(documentId, sectionPosition + 1L);
    }

    static String shorten(String s, int max) {
        String t = s == null ? "" : s.strip();
        return t.length() <= max ? t : t.substring(0, max - 1).strip() + "…";
    }
}

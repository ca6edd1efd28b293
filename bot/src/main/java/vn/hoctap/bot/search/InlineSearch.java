package vn.hoctap.bot.search;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.BotIdentity;
import vn.hoctap.bot.telegram.Button;
import vn.hoctap.bot.telegram.Html;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.InlineArticle;
import vn.hoctap.bot.telegram.Keyboard;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.bot.telegram.UpdateHandler;
import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.content.search.SearchHit;
import vn.hoctap.content.search.SearchService;

/**
 * Inline mode: "@bot tinh gọn bộ máy" in any chat lists matching sections; choosing one posts its
 * snippet with a button that opens the section in the bot (deep link {@code start=s_D_P}). An
 * empty query lists the newest documents; no match gives one article with tips instead of nothing.
 */
@Component
class InlineSearch implements UpdateHandler {

    static final int RESULTS = 10;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final SearchService search;
    private final DocumentRepository documents;
    private final TelegramGateway telegram;
    private final Texts texts;
    private final BotIdentity bot;

    InlineSearch(SearchService search, DocumentRepository documents, TelegramGateway telegram, Texts texts, BotIdentity bot) {
        this.search = search;
        this.documents = documents;
        this.telegram = telegram;
        this.texts = texts;
        this.bot = bot;
    }

    @Override
    public boolean accepts(Incoming in, ChatSession session) {
        return in.kind() == Incoming.Kind.INLINE;
    }

    @Override
    public void handle(Incoming in, ChatSession session) {
        String query = in.text() == null ? "" : in.text().strip();
        List<InlineArticle> articles = new ArrayList<>();
        if (query.isEmpty()) {
            documents.newest(RESULTS).forEach(d -> articles.add(article(d.id(), SearchHit.OVERVIEW, d.code(), d.issuedOn(),
                    d.title(), texts.get("search.overview"), Html.escape(SearchViews.shorten(d.summary(), 300)))));
        } else {
            for (SearchHit h : search.search(query, RESULTS).hits()) {
                String heading = h.isOverview() ? texts.get("search.overview") : h.sectionHeading();
                articles.add(article(h.documentId(), h.sectionPosition(), h.code(), h.issuedOn(), h.title(), heading, h.snippet()));
            }
        }
        if (articles.isEmpty()) {
            String tips = texts.get("search.none", Html.escape(SearchViews.shorten(query, 60)));
            articles.add(new InlineArticle("none", texts.get("inline.noResults"), texts.get("inline.noResults.description"),
                    tips, Keyboard.of(Button.link(texts.get("inline.open"), bot.deepLink("help")))));
        }
        telegram.answerInline(in.inlineQueryId(), articles);
    }

    /** The date leads the description and follows the number: two documents may share a number (18-NQ/TW of 2017 and 2022). */
    private InlineArticle article(long documentId, int position, String code, LocalDate issued, String title, String heading,
            String snippetHtml) {
        String date = issued == null ? "" : DATE.format(issued);
        String html = "📄 <b>" + Html.escape(code) + "</b>" + (date.isEmpty() ? "" : " · " + date) + " — "
                + Html.escape(SearchViews.shorten(title, 150))
                + "\n§ " + Html.escape(SearchViews.shorten(heading, 100)) + "\n\n" + snippetHtml;
        String plainSnippet = Html.toPlain(snippetHtml);
        return new InlineArticle("r" + documentId + "_" + (position + 1), code + " · " + SearchViews.shorten(heading, 60),
                (date.isEmpty() ? "" : date + " · ") + SearchViews.shorten(plainSnippet, 150), html,
                Keyboard.of(Button.link(texts.get("inline.open"), bot.deepLink("s_" + documentId + "_" + (position + 1)))));
    }
}

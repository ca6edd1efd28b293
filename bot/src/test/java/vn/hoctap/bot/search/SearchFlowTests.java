package vn.hoctap.bot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import vn.hoctap.bot.telegram.fake.FakeUser;
import vn.hoctap.bot.telegram.fake.SentMessage;
import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.content.library.DocumentLibrary;

/** Searching the library in the bot: /tim, plain text, opening results, no results, inline mode. */
class SearchFlowTests extends BotIntegrationTest {

    @Autowired
    DocumentLibrary library;

    private FakeUser user;

    @BeforeEach
    void libraryAndUser() {
        if (documents.findAll().stream().noneMatch(d -> d.code().equals("44-NQ/TW"))) {
            library.importBundledLibrary();
        }
        user = newUser("Tìm");
    }

    @Test
    void searchWithDiacriticsShowsHighlightedSectionsAndOpensOne() {
        user.sendText("/tim nhất thể hóa kiêm nhiệm");
        SentMessage results = awaitText(user, "Kết quả tìm kiếm cho «nhất thể hóa kiêm nhiệm»");
        assertThat(results.parseMode()).isEqualTo("HTML");
        assertThat(results.text()).contains("1. <b>18-NQ/TW</b> · 25/10/2017", "§ 4. Thực hiện nhất thể hóa", "<b>Nhất</b> <b>thể</b> <b>hóa</b>");
        assertThat(results.buttonTexts().get(0)).startsWith("1. 18-NQ/TW");

        user.press(results, results.buttonTexts().get(0));
        SentMessage section = telegram.awaitMessage(user.chatId(), m -> m.text().contains("Trang 1/")
                && m.text().contains("§ 4. Thực hiện nhất thể hóa, kiêm nhiệm một số chức danh"), WAIT);
        assertThat(section.text()).contains("18-NQ/TW · 25/10/2017", "Trang 1/");
        assertThat(section.buttonTexts()).contains("◀ Mục trước", "Mục sau ▶");
        int before = telegram.sentMessages(user.chatId()).size();
        user.press(section, "Mục sau ▶");
        SentMessage next = telegram.awaitEdit(user.chatId(), section.messageId(), t -> t.contains("§ 5. Tinh giản biên chế"), WAIT);
        assertThat(next.parseMode()).isEqualTo("HTML");
        user.press(next, "◀ Mục trước");
        telegram.awaitEdit(user.chatId(), section.messageId(), t -> t.contains("§ 4. Thực hiện nhất thể hóa"), WAIT);
        assertThat(telegram.sentMessages(user.chatId())).hasSize(before);
    }

    @Test
    void phraseWithoutDiacriticsHighlightsOnlyThePhraseAndSnippetsStartCleanly() {
        user.sendText("tinh gon bo may");
        SentMessage results = awaitText(user, "Kết quả tìm kiếm");
        assertThat(results.text()).contains("<b>tinh</b> <b>gọn</b>")
                .doesNotContainIgnoringCase("<b>tỉnh</b>").doesNotContainIgnoringCase("<b>tính</b>");
        Matcher snippets = Pattern.compile("\n§ [^\n]*\n([^\n]+)").matcher(results.text());
        int found = 0;
        while (snippets.find()) {
            found++;
            assertThat(snippets.group(1)).doesNotStartWith(",").doesNotStartWith(";").doesNotStartWith(".").doesNotStartWith(":");
        }
        assertThat(found).isGreaterThan(0);
    }

    @Test
    void plainTextWithoutDiacriticsIsASearch() {
        user.sendText("gia hoa dan so");
        SentMessage results = awaitText(user, "Kết quả tìm kiếm");
        assertThat(results.text()).contains("1. <b>21-NQ/TW</b>", "§ 4. Thích ứng với già hóa dân số", "<b>già</b> <b>hóa</b>");
    }

    @Test
    void numberFindsBothDocumentsThatShareIt() {
        user.sendText("/tim 18-NQ/TW");
        SentMessage results = awaitText(user, "Kết quả tìm kiếm");
        assertThat(results.text()).contains("1. <b>18-NQ/TW</b>", "2. <b>18-NQ/TW</b>", "25/10/2017", "16/06/2022");
        user.sendText("ket luan so 21");
        telegram.awaitMessage(user.chatId(), m -> m.text().contains("«ket luan so 21»"), WAIT);
        assertThat(telegram.lastMessage(user.chatId()).text()).contains("1. <b>21-KL/TW</b>");
    }

    @Test
    void overviewIsPagedAndLeadsIntoTheSections() {
        user.sendText("/tim 41-QĐ/TW");
        SentMessage results = awaitText(user, "Kết quả tìm kiếm");
        user.press(results, results.buttonTexts().get(0));
        SentMessage overview = telegram.awaitMessage(user.chatId(), m -> m.text().contains("§ Tổng quan")
                && m.text().contains("Trang 1/"), WAIT);
        assertThat(overview.text()).contains("41-QĐ/TW", "miễn nhiệm");
        if (overview.buttonTexts().contains("Trang sau ▶")) {
            user.press(overview, "Trang sau ▶");
            telegram.awaitEdit(user.chatId(), overview.messageId(), t -> t.contains("Trang 2/"), WAIT);
        }
        user.press(telegram.sentMessages(user.chatId()).stream().filter(m -> m.messageId() == overview.messageId()).findFirst()
                .orElseThrow(), "Mục sau ▶");
        awaitText(user, "§ Chương I. NHỮNG QUY ĐỊNH CHUNG");
    }

    @Test
    void nothingFoundGivesTipsDocumentsAndADidYouMean() {
        user.sendText("/tim xyzzy qwvtz");
        SentMessage none = awaitText(user, "Không tìm thấy kết quả cho «xyzzy qwvtz»");
        assertThat(none.text()).contains("18-NQ/TW", "Gợi ý");
        assertThat(none.buttonTexts()).anyMatch(b -> b.startsWith("📄 "));

        user.sendText("/tim chinh donn dangg khongg");
        SentMessage typo = telegram.awaitMessage(user.chatId(), m -> m.text().contains("Có phải đồng chí muốn tìm")
                || m.text().contains("«chinh donn dangg khongg»"), WAIT);
        if (typo.text().contains("Có phải")) {
            user.press(typo, typo.buttonTexts().get(0));
            awaitText(user, "Kết quả tìm kiếm cho «chinh don dang");
        }
    }

    @Test
    void emptyAndHostileQueriesGetAnAnswer() {
        user.sendText("/tim");
        awaitText(user, "Gõ /tim kèm từ khóa");
        user.sendText("/tim " + "\"*:(){}[]^~? OR AND NOT".repeat(20));
        telegram.awaitMessageCount(user.chatId(), 2, WAIT);
        assertThat(telegram.lastMessage(user.chatId()).text()).containsAnyOf("Kết quả tìm kiếm", "Không tìm thấy");
        user.sendText("bộ máy ".repeat(600));
        telegram.awaitMessageCount(user.chatId(), 3, WAIT);
        assertThat(telegram.lastMessage(user.chatId()).text()).contains("Từ khóa dài quá");
    }

    @Test
    void staleResultButtonsAreRefused() {
        user.sendText("/tim bảo vệ Tổ quốc");
        SentMessage results = awaitText(user, "Kết quả tìm kiếm");
        String id = user.pressData(results, "s:999999999:1");
        assertThat(telegram.awaitCallbackAnswer(id, WAIT)).contains("Nút này không còn hiệu lực");
        String page = user.pressData(results, "sp:999999999:1:2");
        assertThat(telegram.awaitCallbackAnswer(page, WAIT)).contains("Nút này không còn hiệu lực");
    }

    @Test
    void inlineModeListsSectionsThatOpenInTheBot() {
        String query = user.inlineQuery("bao ve to quoc tu som tu xa");
        JsonNode results = telegram.awaitInlineAnswer(query, WAIT);
        JsonNode first = results.get(0);
        assertThat(first.path("type").asText()).isEqualTo("article");
        assertThat(first.path("title").asText()).startsWith("44-NQ/TW · IV. BẢO VỆ TỔ QUỐC TỪ SỚM, TỪ XA");
        assertThat(first.path("input_message_content").path("message_text").asText()).contains("<b>44-NQ/TW</b>", "<b>");
        String url = first.path("reply_markup").path("inline_keyboard").get(0).get(0).path("url").asText();
        Matcher link = Pattern.compile("https://t\\.me/HoctapTestBot\\?start=(s_\\d+_\\d+)").matcher(url);
        assertThat(link.matches()).as(url).isTrue();

        user.sendText("/start " + link.group(1));
        awaitText(user, "§ IV. BẢO VỆ TỔ QUỐC TỪ SỚM, TỪ XA");

        JsonNode newest = telegram.awaitInlineAnswer(user.inlineQuery(""), WAIT);
        assertThat(newest.size()).isGreaterThanOrEqualTo(5);
        JsonNode nothing = telegram.awaitInlineAnswer(user.inlineQuery("xyzzy qwvtz"), WAIT);
        assertThat(nothing.size()).isEqualTo(1);
        assertThat(nothing.get(0).path("title").asText()).isEqualTo("Không tìm thấy tài liệu phù hợp");
    }
}

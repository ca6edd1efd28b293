package vn.hoctap.bot.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.bot.testing.HeadlessChromium;
import vn.hoctap.bot.testing.InitData;
import vn.hoctap.bot.testing.StudyFixture;
import vn.hoctap.content.library.DocumentLibrary;
import vn.hoctap.content.quiz.QuizQuestion;
import vn.hoctap.content.quiz.QuizRepository;

/**
 * The Mini App in headless Chromium at a phone's size (390×844), signed in with an initData signed
 * here with the bot's token: reader, table of contents, search, bookmark, confirmation and the
 * way back to the quiz in the chat; tampered, stale or unlinked initData gets 401 and nothing.
 * Screenshots are kept in {@code bot/target/screenshots/webapp-*.png}.
 */
class ReaderBrowserTests extends BotIntegrationTest {

    @Autowired
    DocumentLibrary library;
    @Autowired
    QuizRepository quizzes;

    private StudyFixture fixture;
    private long document;
    private long assignment;
    private long member;
    private long telegramUser;

    @BeforeEach
    void memberWithAnAssignment() {
        fixture = newFixture();
        String number = "9" + Math.abs(System.nanoTime() % 100_000);
        String markdown = """
                ---
                type: NQ
                number: "%s"
                issuer: TW
                issued: 2024-05-10
                title: "Về tinh gọn bộ máy và chuyển đổi số"
                summary: |
                  Nghị quyết yêu cầu tinh gọn bộ máy, giảm đầu mối và đẩy mạnh chuyển đổi số trong các cơ quan.
                key_points:
                  - "Giảm ít nhất 15%% đầu mối bên trong các cơ quan."
                  - "Mỗi đảng viên gương mẫu sử dụng dịch vụ công trực tuyến."
                ---
                # I. TÌNH HÌNH
                Bộ máy còn cồng kềnh, nhiều tầng nấc trung gian; chức năng một số cơ quan còn chồng chéo.

                # II. MỤC TIÊU
                Đến năm 2030 hoàn thành việc sắp xếp, tinh gọn bộ máy của hệ thống chính trị, hoạt động hiệu lực, hiệu quả.

                # III. NHIỆM VỤ VÀ GIẢI PHÁP
                Đẩy mạnh chuyển đổi số, xây dựng cơ sở dữ liệu đảng viên, thực hiện thủ tục hành chính trên môi trường điện tử.
                """.formatted(number);
        document = library.importFile("doc-" + number + ".md", markdown.getBytes(StandardCharsets.UTF_8)).document().id();
        quizzes.replaceAuthored(document, List.of(QuizQuestion.authored("Mục tiêu đến năm nào?", List.of("2025", "2030"), Set.of(1), null)
                .withDocumentId(document)));
        assignment = assignments.create(document, fixture.province, Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(9)));
        member = fixture.member("Nguyễn Thị Đọc");
        telegramUser = newUser("Đọc").userId();
        members.linkTelegram(member, telegramUser);
    }

    private String signed(long userId, Instant when) {
        return InitData.signed(telegram.token(), userId, "Đọc", when);
    }

    private String pageUrl(String query, String initData) {
        return "http://127.0.0.1:" + port + "/webapp/" + query + "#tgWebAppData=" + URLEncoder.encode(initData, StandardCharsets.UTF_8);
    }

    @Test
    void memberReadsSearchesBookmarksAndConfirmsOnAPhone() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            WebDriver browser = chromium.driver();
            browser.manage().window().setSize(new Dimension(390, 844));
            browser.get(pageUrl("?d=" + document, signed(telegramUser, Instant.now())));
            WebDriverWait wait = new WebDriverWait(browser, WAIT);
            wait.until(d -> d.findElements(By.id("doc-title")).size() == 1);
            assertThat(browser.findElement(By.id("doc-title")).getText()).isEqualTo("Về tinh gọn bộ máy và chuyển đổi số");
            assertThat(browser.findElement(By.id("assignment")).getText()).contains("Hạn hoàn thành", "Đọc tài liệu");
            assertThat(browser.findElement(By.id("keypoints")).getText()).contains("Những điểm chính", "Giảm ít nhất 15% đầu mối");
            List<String> toc = browser.findElements(By.cssSelector("#toc ol li a")).stream().map(WebElement::getText).toList();
            assertThat(toc).containsExactly("Tóm tắt", "I. TÌNH HÌNH", "II. MỤC TIÊU", "III. NHIỆM VỤ VÀ GIẢI PHÁP");
            assertThat((Long) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth")).isLessThanOrEqualTo(390L);
            assertThat(count("SELECT count(*) FROM assignment_views WHERE member_id = " + member)).isEqualTo(1);
            chromium.screenshot("webapp-1-reader");

            browser.findElements(By.cssSelector("#toc ol li a")).get(3).click();
            wait.until(d -> d.getCurrentUrl().endsWith("#s2"));
            chromium.screenshot("webapp-2-toc-jump");

            WebElement search = browser.findElement(By.id("search"));
            search.sendKeys("chuyen doi so");
            wait.until(d -> !d.findElements(By.id("hit-count")).isEmpty());
            assertThat(browser.findElement(By.id("hit-count")).getText()).isEqualTo("Có 2 mục chứa «chuyen doi so»:");
            assertThat(browser.findElements(By.cssSelector("#text mark")).stream().map(WebElement::getText))
                    .contains("chuyển đổi số");
            chromium.screenshot("webapp-3-search");

            click(browser, By.cssSelector("button.star[data-position='1']"));
            wait.until(d -> d.findElement(By.cssSelector("button.star[data-position='1']")).getText().equals("★"));
            assertThat(count("SELECT count(*) FROM webapp_bookmarks WHERE member_id = " + member + " AND position = 1")).isEqualTo(1);
            browser.get(pageUrl("?d=" + document, signed(telegramUser, Instant.now())));
            wait.until(d -> d.findElements(By.id("bookmarked")).size() == 1 && d.findElement(By.id("bookmarked")).getText().contains("II. MỤC TIÊU"));
            chromium.screenshot("webapp-4-bookmark");

            click(browser, By.id("quiz"));
            telegram.awaitMessage(telegramUser, m -> m.text().contains("Bài kiểm tra") && m.buttonTexts().contains("📝 Trắc nghiệm"), WAIT);

            click(browser, By.id("confirm"));
            wait.until(d -> d.findElement(By.id("confirm-message")).getText().startsWith("✅ Đã ghi nhận"));
            assertThat(count("SELECT count(*) FROM confirmations WHERE member_id = " + member + " AND assignment_id = " + assignment))
                    .isEqualTo(1);
            chromium.screenshot("webapp-5-confirmed");

            browser.get(pageUrl("", signed(telegramUser, Instant.now())));
            wait.until(d -> d.findElements(By.id("progress")).size() == 1);
            assertThat(browser.findElement(By.id("progress")).getText()).isEqualTo("Đã hoàn thành 1/1 tài liệu được giao.");
            chromium.screenshot("webapp-6-home");
        }
    }

    @Test
    void tamperedStaleOrUnlinkedInitDataIsRefusedAndShowsNothing() throws Exception {
        String good = signed(telegramUser, Instant.now());
        String tampered = good.replace("%22id%22%3A" + telegramUser, "%22id%22%3A" + (telegramUser + 1));
        assertThat(tampered).isNotEqualTo(good);
        String stale = signed(telegramUser, Instant.now().minus(Duration.ofHours(25)));
        String stranger = signed(newUser("Lạ").userId(), Instant.now());
        assertThat(api("GET", "/webapp/api/documents/" + document, good).statusCode()).isEqualTo(200);
        var put = api("PUT", "/webapp/api/documents/" + document + "/bookmarks/0", good);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(put.body()).isEqualTo("[0]");
        assertThat(api("PUT", "/webapp/api/documents/" + document + "/bookmarks/99", good).statusCode()).isEqualTo(404);
        assertThat(api("DELETE", "/webapp/api/documents/" + document + "/bookmarks/0", good).body()).isEqualTo("[]");
        for (String bad : List.of(tampered, stale, stranger, "", "hash=abc&user=%7B%22id%22%3A1%7D")) {
            assertThat(api("GET", "/webapp/api/documents/" + document, bad).statusCode()).as(bad).isEqualTo(401);
            assertThat(api("POST", "/webapp/api/assignments/" + assignment + "/confirm", bad).statusCode()).isEqualTo(401);
        }
        assertThat(count("SELECT count(*) FROM confirmations WHERE member_id = " + member)).isZero();

        StudyFixture other = newFixture();
        long foreign = other.assignment("Tài liệu của tỉnh khác", "Tóm tắt.", Duration.ofDays(3));
        assertThat(api("POST", "/webapp/api/assignments/" + foreign + "/confirm", good).statusCode()).isEqualTo(404);
        assertThat(api("POST", "/webapp/api/assignments/" + foreign + "/quiz", good).statusCode()).isEqualTo(404);
        assertThat(api("GET", "/webapp/api/me", good).body()).doesNotContain("Tài liệu của tỉnh khác").contains("Nguyễn Thị Đọc");

        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            WebDriver browser = chromium.driver();
            browser.manage().window().setSize(new Dimension(390, 844));
            browser.get(pageUrl("?d=" + document, tampered));
            WebDriverWait wait = new WebDriverWait(browser, WAIT);
            wait.until(d -> d.findElements(By.id("error")).size() == 1);
            assertThat(browser.findElement(By.id("error")).getText()).contains("Không xác thực được");
            assertThat(browser.findElements(By.id("doc-title"))).isEmpty();
            assertThat(browser.getPageSource()).doesNotContain("cồng kềnh");
            chromium.screenshot("webapp-7-refused");
        }
    }

    @Test
    void studyPageAndSearchOpenTheReaderAndTheMenuButtonIsSet() {
        var user = telegram.user(telegramUser, "Đọc");
        user.sendText("/hoc");
        var list = awaitText(user, "Tài liệu cần học");
        user.press(list, list.buttonTexts().get(0));
        var page = telegram.awaitMessage(user.chatId(), m -> m.text().contains("Trang 1/"), WAIT);
        var read = page.inlineButtons().stream().filter(b -> b.path("text").asText().equals("📖 Đọc toàn văn")).findFirst().orElseThrow();
        assertThat(read.path("web_app").path("url").asText()).isEqualTo(WEBAPP_URL + "/webapp/?d=" + document);

        user.sendText("chuyển đổi số cơ sở dữ liệu đảng viên");
        var results = awaitText(user, "Kết quả tìm kiếm");
        assertThat(results.inlineButtons().stream().map(b -> b.path("web_app").path("url").asText()))
                .anyMatch(u -> u.startsWith(WEBAPP_URL + "/webapp/?d="));

        var menu = telegram.calls("setChatMenuButton");
        assertThat(menu).isNotEmpty();
        assertThat(menu.get(0).params().path("menu_button").toString()).contains(WEBAPP_URL + "/webapp/", "web_app");
    }

    /** Scrolls the element to the middle of the small screen (clear of the sticky header), then taps it. */
    private static void click(WebDriver browser, By by) {
        WebElement e = browser.findElement(by);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    private java.net.http.HttpResponse<String> api(String method, String path, String initData) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).header("X-Telegram-Init-Data", initData)
                .method(method, java.net.http.HttpRequest.BodyPublishers.noBody()).build();
        return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    }
}

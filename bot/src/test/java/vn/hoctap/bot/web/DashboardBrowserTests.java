package vn.hoctap.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.springframework.beans.factory.annotation.Autowired;

import vn.hoctap.bot.access.DashboardRole;
import vn.hoctap.bot.access.DashboardUsers;
import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.bot.testing.CampaignFixture;
import vn.hoctap.bot.testing.HeadlessChromium;

/**
 * The dashboard in real headless Chromium: an admin imports a roster with one bad row, creates a
 * campaign, drills down to a cell and downloads the export; a secretary sees only their subtree.
 * Screenshots of each step are kept in {@code bot/target/screenshots}.
 */
class DashboardBrowserTests extends BotIntegrationTest {

    private static final AtomicLong bases = new AtomicLong(8_000_000_000L);

    @Autowired
    DashboardUsers users;

    @Test
    void adminImportsARosterCreatesACampaignDrillsDownAndDownloadsTheReport() throws Exception {
        CampaignFixture f = new CampaignFixture(jdbc, units, documents, campaigns, bases.addAndGet(10_000_000));
        long suffix = System.nanoTime() % 1_000_000;
        Path roster = Files.createTempFile("danh-sach", ".csv");
        Files.writeString(roster, "Mã đảng viên,Họ và tên,Đơn vị\n"
                + "B" + suffix + "1,Nguyễn Văn An," + f.cellA + "\n"
                + "B" + suffix + "2,Lê Thị Bình,999999999\n"
                + "B" + suffix + "3,Trần Văn Cường," + f.cellA + "\n", StandardCharsets.UTF_8);
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            WebDriver browser = chromium.driver();
            logIn(browser, "admin", ADMIN_PASSWORD);
            chromium.screenshot("01-admin-overview");

            browser.get(url("/members/import"));
            browser.findElement(By.id("roster-file")).sendKeys(roster.toAbsolutePath().toString());
            browser.findElement(By.id("roster-upload")).click();
            awaitText(browser, "roster-refused", "chưa nhập dòng nào");
            assertThat(browser.findElement(By.id("roster-problems")).getText()).contains("3").contains("999999999");
            assertThat(count("SELECT count(*) FROM members WHERE external_ref LIKE 'B" + suffix + "%'")).isZero();
            chromium.screenshot("02-roster-report-with-bad-row");

            browser.findElement(By.id("roster-file")).sendKeys(roster.toAbsolutePath().toString());
            assertThat(browser.findElement(By.id("import-valid-rows")).isSelected()).isTrue();
            browser.findElement(By.id("roster-upload")).click();
            awaitText(browser, "roster-summary", "Thêm mới 2");
            assertThat(count("SELECT count(*) FROM members WHERE external_ref LIKE 'B" + suffix + "%' AND unit_id = " + f.cellA)).isEqualTo(2);
            chromium.screenshot("03-roster-valid-rows-imported");

            browser.get(url("/campaigns/new"));
            String name = "Học tập Nghị quyết " + suffix;
            browser.findElement(By.id("campaign-name")).sendKeys(name);
            browser.findElement(By.id("doc-" + f.document)).click();
            browser.findElement(By.id("campaign-units-search")).sendKeys("tinh " + f.chatBase);
            assertThat(browser.findElement(By.id("campaign-units-" + f.commune)).isDisplayed()).isFalse();
            browser.findElement(By.id("campaign-units-" + f.province)).click();
            chromium.screenshot("04-campaign-form");
            browser.findElement(By.id("campaign-create")).click();
            awaitText(browser, "campaign-created", "Đã tạo đợt học tập");
            assertThat(text(browser, "campaign-title")).isEqualTo(name);
            long campaign = jdbc.sql("SELECT id FROM campaigns WHERE name = :n").param("n", name).query(Long.class).single();
            assertThat(count("SELECT count(*) FROM assignments WHERE campaign_id = " + campaign)).isEqualTo(1);
            chromium.screenshot("05-campaign-created");

            browser.get(url("/units/" + f.province + "?campaign=" + campaign));
            assertThat(browser.findElement(By.id("bar-chart")).findElements(By.tagName("rect"))).isNotEmpty();
            browser.findElement(By.linkText("Đảng bộ huyện Tiên Phong")).click();
            awaitText(browser, "unit-name", "Đảng bộ huyện Tiên Phong");
            browser.findElement(By.linkText("Đảng bộ xã Hòa Bình")).click();
            awaitText(browser, "unit-name", "Đảng bộ xã Hòa Bình");
            chromium.screenshot("06-commune-children");
            browser.findElement(By.linkText("Chi bộ thôn Đông")).click();
            awaitText(browser, "unit-name", "Chi bộ thôn Đông");
            assertThat(browser.findElement(By.id("cell-members")).getText()).contains("Nguyễn Văn An", "Trần Văn Cường")
                    .doesNotContain("Lê Thị Bình");
            assertThat(text(browser, "breadcrumb")).contains("Đảng bộ xã Hòa Bình");
            chromium.screenshot("07-cell-members");

            browser.findElement(By.id("export-xlsx")).click();
            Path xlsx = awaitDownload(chromium.downloads(), ".xlsx");
            try (InputStream in = Files.newInputStream(xlsx); Workbook book = WorkbookFactory.create(in)) {
                Sheet sheet = book.getSheetAt(0);
                DataFormatter fmt = new DataFormatter();
                StringBuilder all = new StringBuilder();
                sheet.forEach(row -> row.forEach(cell -> all.append(fmt.formatCellValue(cell)).append('|')));
                assertThat(all.toString()).contains("CHI BỘ THÔN ĐÔNG", name, "Nguyễn Văn An", "Chưa liên kết Telegram");
            }
        }
    }

    @Test
    void aSecretarySeesOnlyTheirOwnCell() throws Exception {
        CampaignFixture f = new CampaignFixture(jdbc, units, documents, campaigns, bases.addAndGet(10_000_000));
        f.members(4);
        String login = "bithu" + f.cellB;
        users.create(login, "mat-khau-chi-bo-b", DashboardRole.SECRETARY, f.cellB, null);
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            WebDriver browser = chromium.driver();
            logIn(browser, login, "mat-khau-chi-bo-b");
            browser.get(url("/units"));
            assertThat(text(browser, "unit-name")).isEqualTo("Chi bộ thôn Tây");
            assertThat(text(browser, "breadcrumb")).doesNotContain("Hòa Bình");
            assertThat(browser.findElements(By.linkText("Tài liệu"))).isEmpty();
            chromium.screenshot("08-secretary-own-cell");

            browser.get(url("/members"));
            assertThat(text(browser, "members")).contains("Đảng viên số 1", "Đảng viên số 3").doesNotContain("Đảng viên số 2");

            browser.get(url("/units/" + f.cellA));
            assertThat(text(browser, "forbidden")).contains("nằm ngoài đơn vị");
            browser.get(url("/units/" + f.province));
            assertThat(text(browser, "forbidden")).contains("nằm ngoài đơn vị");
            chromium.screenshot("09-secretary-other-cell-forbidden");
        }
    }

    private void logIn(WebDriver browser, String user, String password) {
        browser.get(url("/"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
        awaitText(browser, "current-user", user);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Waits for the page a click led to: the old page may still hold an element with the same id. */
    private static void awaitText(WebDriver browser, String id, String fragment) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), fragment));
    }

    private static String text(WebDriver browser, String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static Path awaitDownload(Path dir, String suffix) {
        return new FluentWait<>(dir).withTimeout(Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(200)).until(d -> {
            try (var files = Files.list(d)) {
                List<Path> done = files.filter(p -> p.toString().endsWith(suffix)).toList();
                return done.isEmpty() ? null : done.get(0);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}

package vn.hoctap.bot.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;

import vn.hoctap.bot.access.DashboardRole;
import vn.hoctap.bot.access.DashboardUsers;
import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.bot.testing.CampaignFixture;
import vn.hoctap.bot.testing.DashboardClient;
import vn.hoctap.bot.testing.HeadlessChromium;
import vn.hoctap.scheduler.campaign.Campaign;
import vn.hoctap.scheduler.opinion.NewOpinionForm;
import vn.hoctap.scheduler.opinion.OpinionForms;

/**
 * Creating an opinion form from the dashboard: refused input kept with the Vietnamese reason, a valid
 * one stored and queued; the forms sent listed on the campaign and conference pages, newest first,
 * with answers counted within the login's reach.
 */
class OpinionFormPagesTests extends BotIntegrationTest {

    private static final AtomicLong bases = new AtomicLong(5_600_000_000L);

    @Autowired
    OpinionForms forms;
    @Autowired
    DashboardUsers users;

    @Test
    void aFormWithoutQuestionsIsRefusedBesideTheFieldAndAValidOneIsQueuedToTheAudience() throws Exception {
        CampaignFixture f = new CampaignFixture(jdbc, units, documents, campaigns, bases.addAndGet(10_000_000));
        f.members(4);
        Campaign c = f.campaign(Instant.now().minusSeconds(60), Duration.ofDays(10), false);
        DashboardClient admin = new DashboardClient(port);
        assertThat(admin.login("admin", ADMIN_PASSWORD)).endsWith("/");
        assertThat(admin.get("/opinion-forms/new?campaign=" + c.id()).body()).contains("Tạo phiếu lấy ý kiến", c.name());

        HttpResponse<String> empty = admin.postForm("/opinion-forms", Map.of("campaignId", Long.toString(c.id()), "title",
                "Phiếu «dự thảo» " + f.chatBase, "questions", "\n  \n"), true);
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(empty.body())).contains("id=\"error-questions\">Phiếu cần từ 1 đến 20 câu hỏi, mỗi câu một dòng.<",
                "value=\"Phiếu «dự thảo» " + f.chatBase + "\"").doesNotContain("a form has");

        HttpResponse<String> sent = admin.postForm("/opinion-forms", Map.of("campaignId", Long.toString(c.id()), "title",
                "Phiếu góp ý " + f.chatBase, "questions", "Mục tiêu tổng quát\r\n\r\nNhiệm vụ trọng tâm\n"), true);
        assertThat(sent.statusCode()).isEqualTo(302);
        long id = jdbc.sql("SELECT id FROM opinion_forms WHERE title = :t").param("t", "Phiếu góp ý " + f.chatBase).query(Long.class).single();
        assertThat(jdbc.sql("SELECT text FROM opinion_questions WHERE form_id = :f ORDER BY position").param("f", id).query(String.class).list())
                .containsExactly("Mục tiêu tổng quát", "Nhiệm vụ trọng tâm");
        assertThat(count("SELECT count(*) FROM outbox WHERE step = 'form" + id + "'")).isEqualTo(4);
        assertThat(admin.get("/opinion-forms/" + id).body()).contains("Đã gửi phiếu lấy ý kiến", "href=\"/campaigns/" + c.id() + "\"",
                "Quay lại đợt học tập", "data-label=\"Đồng ý\"");
    }

    @Test
    void theCampaignAndConferencePagesListTheFormsSentWithAnswersCountedInTheLoginsReach() throws Exception {
        CampaignFixture f = new CampaignFixture(jdbc, units, documents, campaigns, bases.addAndGet(10_000_000));
        List<Long> chats = f.members(4); // cell B, cell A, cell B, cell A
        Campaign c = f.campaign(Instant.now().minusSeconds(60), Duration.ofDays(10), false);
        DashboardClient admin = new DashboardClient(port);
        assertThat(admin.login("admin", ADMIN_PASSWORD)).endsWith("/");
        assertThat(admin.get("/campaigns/" + c.id()).body()).contains("id=\"opinion-forms-none\"", "Chưa có phiếu lấy ý kiến nào.");

        String conferenceName = "Hội nghị quán triệt " + f.chatBase;
        long conference = jdbc.sql("""
                INSERT INTO conferences (campaign_id, name, starts_at, ends_at) VALUES (:c, :n, now() + interval '1 day',
                       now() + interval '1 day 3 hours') RETURNING id""").param("c", c.id()).param("n", conferenceName).query(Long.class).single();
        OpinionForms.Form whole = forms.create(new NewOpinionForm(c.id(), null, "Phiếu toàn đợt " + f.chatBase, List.of("Câu một", "Câu hai")));
        jdbc.sql("UPDATE opinion_forms SET created_at = now() - interval '1 hour' WHERE id = :f").param("f", whole.id()).update();
        OpinionForms.Form atConference = forms.create(new NewOpinionForm(c.id(), conference, "Phiếu hội nghị " + f.chatBase, List.of("Câu một")));
        long first = forms.question(whole.id(), 1).orElseThrow().id();
        for (long chat : chats) {
            forms.answer(first, f.memberWithChat(chat), OpinionForms.Choice.AGREE);
        }
        forms.comment(whole.id(), f.memberWithChat(chats.get(0)), "Góp ý thêm"); // the same member: still counted once
        forms.comment(atConference.id(), f.memberWithChat(chats.get(1)), "Góp ý hội nghị");

        String page = HtmlUtils.htmlUnescape(admin.get("/campaigns/" + c.id()).body());
        assertThat(page.indexOf("id=\"opinion-form-" + atConference.id() + "\"")).as("newest first")
                .isPositive().isLessThan(page.indexOf("id=\"opinion-form-" + whole.id() + "\""));
        assertThat(row(page, whole.id())).contains("href=\"/opinion-forms/" + whole.id() + "?unit=" + f.province + "\"", "Phiếu toàn đợt " + f.chatBase,
                "Gửi toàn bộ đảng viên của đợt", ">4 / 4<", ">2<", "href=\"/opinion-forms/" + whole.id() + "/export.csv?unit=" + f.province + "\"");
        assertThat(row(page, atConference.id())).contains("Hội nghị: " + conferenceName, ">1 / 0<");
        assertThat(page).as("the delivery table names the form it sends").contains("<td>Phiếu lấy ý kiến «Phiếu toàn đợt " + f.chatBase + "»</td>")
                .doesNotContain("<td>Tin khác</td>");

        String board = HtmlUtils.htmlUnescape(admin.get("/conferences/" + conference).body());
        assertThat(board).contains("id=\"opinion-form-" + atConference.id() + "\"", "Phiếu hội nghị " + f.chatBase)
                .doesNotContain("Phiếu toàn đợt " + f.chatBase);

        // A cell secretary sees the same forms, counted in the cell only, with links that open on the cell.
        String login = "bithu-phieu" + f.cellA;
        users.create(login, "mat-khau-chi-bo-a", DashboardRole.SECRETARY, f.cellA, null);
        DashboardClient secretary = new DashboardClient(port);
        assertThat(secretary.login(login, "mat-khau-chi-bo-a")).endsWith("/");
        String cellPage = HtmlUtils.htmlUnescape(secretary.get("/campaigns/" + c.id()).body());
        assertThat(row(cellPage, whole.id())).contains(">2 / 2<", "?unit=" + f.cellA + "\"", "export.csv?unit=" + f.cellA);
        assertThat(row(cellPage, atConference.id())).contains(">1 / 0<");
        assertThat(secretary.get("/opinion-forms/" + whole.id() + "/export.csv?unit=" + f.cellA).statusCode()).isEqualTo(200);
    }

    @Test
    void theListFitsAPhoneWithTheAnswersColumnKept() throws Exception {
        CampaignFixture f = new CampaignFixture(jdbc, units, documents, campaigns, bases.addAndGet(10_000_000));
        f.members(2);
        Campaign c = f.campaign(Instant.now().minusSeconds(60), Duration.ofDays(10), false);
        String longTitle = "Phiếu lấy ý kiến về dự thảo Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh "
                + "nhiệm kỳ 2025–2030 của Đảng bộ xã Hòa Bình " + f.chatBase;
        long form = forms.create(new NewOpinionForm(c.id(), null, longTitle, List.of("Mục tiêu", "Nhiệm vụ"))).id();
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            WebDriver browser = chromium.driver();
            browser.manage().window().setSize(new Dimension(390, 844));
            browser.get("http://127.0.0.1:" + port + "/login");
            browser.findElement(By.id("username")).sendKeys("admin");
            browser.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
            browser.findElement(By.id("login-submit")).click();
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
            browser.get("http://127.0.0.1:" + port + "/campaigns/" + c.id());
            WebElement row = browser.findElement(By.id("opinion-form-" + form));
            ((JavascriptExecutor) browser).executeScript("document.getElementById('opinion-forms').scrollIntoView();");
            chromium.screenshot("opinion-forms-campaign-390x844");
            assertThat((Boolean) ((JavascriptExecutor) browser).executeScript(
                    "return document.scrollingElement.scrollWidth <= window.innerWidth;")).as("no sideways scroll at 390 px").isTrue();
            assertThat(row.findElements(By.cssSelector("td")).stream().filter(WebElement::isDisplayed).map(WebElement::getText).toList())
                    .as("title and answers stay, the rest is for wider screens").containsExactly(longTitle + "\nGửi toàn bộ đảng viên của đợt", "0 / 2");
            browser.manage().window().setSize(new Dimension(1366, 768));
            browser.navigate().refresh();
            assertThat(browser.findElement(By.id("opinion-form-" + form)).findElements(By.cssSelector("td")).stream()
                    .filter(WebElement::isDisplayed).count()).isEqualTo(5);
        }
    }

    private static String row(String page, long formId) {
        Matcher m = Pattern.compile("id=\"opinion-form-" + formId + "\"[\\s\\S]*?</tr>").matcher(page);
        assertThat(m.find()).as("row of form " + formId).isTrue();
        return m.group();
    }
}

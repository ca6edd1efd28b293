package vn.hoctap.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import vn.hoctap.bot.access.DashboardRole;
import vn.hoctap.bot.access.DashboardUsers;
import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.bot.testing.CampaignFixture;
import vn.hoctap.bot.testing.HeadlessChromium;
import vn.hoctap.scheduler.campaign.Campaign;
import vn.hoctap.scheduler.campaign.Campaigns;
import vn.hoctap.scheduler.conference.Conference;
import vn.hoctap.scheduler.conference.Conferences;
import vn.hoctap.scheduler.conference.NewConference;
import vn.hoctap.scheduler.opinion.NewOpinionForm;
import vn.hoctap.scheduler.opinion.OpinionForms;
import vn.hoctap.scheduler.unit.Requester;

/**
 * Every dashboard page, as an admin and as a cell secretary, in real Chromium at 1366×768 and
 * 390×844: no sideways scrolling on the phone, no English or Java text leaking into the Vietnamese
 * pages, and axe-core (bundled as a test resource) finding nothing critical or serious.
 * Screenshots of every page at both sizes are kept in {@code bot/target/screenshots/a11y-*}.
 */
class DashboardPhoneAndAccessibilityTests extends BotIntegrationTest {

    private static final AtomicLong bases = new AtomicLong(7_500_000_000L);
    /** Words seen leaking into Vietnamese pages before (keys, roles, Spring's and Java's texts, English labels). */
    private static final Pattern LEAKS = Pattern.compile("\\b(Whitelabel|Failed to convert|Exception|announce|remind-\\w+|escalate|ADMIN|"
            + "SECRETARY|Not Found|Bad Request|Internal Server Error|Forbidden|must be|needs a|Overview|Members|Campaigns|Documents|"
            + "Reflections|Accounts|Log out|Previous|Next|Delivery|Status|Deadline|null|ACTIVE|CANCELLED|PT\\d+H|"
            + "LOGIN|LOGIN_FAILED|LOGOUT|SUCCESS|FAILURE|ERROR|PLANNED|ENDED|DRAFT|ISSUED|NONE|\\w+(?:Pages|Controller)#\\w+|\\w+Exception)\\b");
    private static final List<String> EXPECTED_ERRORS = List.of("/khong-co-trang-nay", "/units/abc", "/members/999999999");
    private static final Dimension DESKTOP = new Dimension(1366, 768);
    private static final Dimension PHONE = new Dimension(390, 844);

    @Autowired
    DashboardUsers users;
    @Autowired
    Conferences conferences;
    @Autowired
    OpinionForms opinionForms;

    @Test
    void everyPageFitsAPhoneSpeaksVietnameseAndPassesAxeForAnAdminAndASecretary() throws Exception {
        CampaignFixture f = new CampaignFixture(jdbc, units, documents, campaigns, bases.addAndGet(10_000_000));
        f.members(6);
        Campaign campaign = f.campaign(Instant.now().minus(Duration.ofDays(2)), Duration.ofDays(10), false);
        long member = jdbc.sql("SELECT min(id) FROM members WHERE unit_id = :u").param("u", f.cellB).query(Long.class).single();
        String secretary = "bithu" + f.cellB;
        users.create(secretary, "mat-khau-chi-bo-b", DashboardRole.SECRETARY, f.cellB, null);
        // The cell's own campaign, created by its secretary: editable by them (and by the admin, a cell in its audience).
        Campaign own = campaigns.create(new vn.hoctap.scheduler.campaign.NewCampaign("Chi bộ tự học " + f.chatBase, List.of(f.document),
                List.of(f.cellB), Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(9)), null, null, false, 80),
                vn.hoctap.scheduler.unit.Requester.secretary(member, f.cellB));
        String c = "?campaign=" + campaign.id();
        Conference conference = conferences.create(new NewConference(campaign.id(), "Hội nghị quán triệt Nghị quyết",
                Instant.now().plus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(1)).plus(Duration.ofHours(3)), List.of(f.document),
                List.of(new NewConference.Point(f.commune, "Hội trường xã")), 14), Requester.admin());
        long point = jdbc.sql("SELECT id FROM conference_points WHERE conference_id = :c").param("c", conference.id()).query(Long.class).single();
        long opinion = opinionForms.create(new NewOpinionForm(campaign.id(), conference.id(), "Phiếu lấy ý kiến", List.of("Mục tiêu"))).id();
        String conf = "/conferences/" + conference.id();
        List<String> adminPages = List.of("/", "/units/" + f.province + c, "/units/" + f.cellB + c, "/members", "/members?q=s%E1%BB%91",
                "/members/" + member, "/members/import", "/documents", "/documents/" + f.document, "/campaigns", "/campaigns?state=CANCELLED",
                "/campaigns/new", "/campaigns/" + campaign.id(), "/campaigns/" + campaign.id() + "/edit", "/campaigns/" + own.id() + "/edit",
                "/campaigns/" + campaign.id() + "/retention", "/reflections" + c,
                "/organisation", "/organisation/" + f.commune, "/accounts", "/units/" + f.cellB + "/invitations",
                "/audit", "/audit?action=LOGIN&from=2020-01-01", "/conferences", "/conferences/new", "/conferences/new" + c, conf,
                "/conferences/points/" + point + "/checkin", "/opinion-forms/new" + c + "&conference=" + conference.id(),
                "/opinion-forms/" + opinion, "/action-programmes" + c + "&unit=" + f.commune,
                "/khong-co-trang-nay", "/units/abc", "/members/999999999");
        List<String> secretaryPages = List.of("/", "/units", "/members", "/members/" + member, "/campaigns", "/campaigns/new",
                "/campaigns/" + campaign.id(), "/campaigns/" + own.id() + "/edit", "/reflections" + c, "/units/" + f.cellA, "/accounts",
                "/conferences", "/conferences/new" + c, conf, "/opinion-forms/new" + c, "/action-programmes" + c);
        List<String> problems = new ArrayList<>();
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            WebDriver browser = chromium.driver();
            browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            logIn(browser, "admin", ADMIN_PASSWORD);
            visitAll(chromium, "admin", adminPages, problems);
            browser.manage().deleteAllCookies();
            logIn(browser, secretary, "mat-khau-chi-bo-b");
            visitAll(chromium, "secretary", secretaryPages, problems);
        }
        assertThat(problems).isEmpty();
    }

    private void visitAll(HeadlessChromium chromium, String who, List<String> pages, List<String> problems) throws IOException {
        WebDriver browser = chromium.driver();
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            browser.manage().window().setSize(size);
            for (String page : pages) {
                browser.get(url(page));
                new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
                String where = who + " " + size.width + " " + page + ": ";
                JavascriptExecutor js = (JavascriptExecutor) browser;
                if (size == PHONE) {
                    long scroll = ((Number) js.executeScript("return document.scrollingElement.scrollWidth")).longValue();
                    long inner = ((Number) js.executeScript("return window.innerWidth")).longValue();
                    if (scroll > inner) {
                        problems.add(where + "scrolls sideways (" + scroll + " > " + inner + ")");
                    }
                }
                boolean errorPage = !browser.findElements(By.id("error-title")).isEmpty();
                if (errorPage != EXPECTED_ERRORS.contains(page)) {
                    problems.add(where + (errorPage ? "unexpected error page" : "no error page"));
                }
                String text = browser.findElement(By.tagName("body")).getText() + " " + browser.getTitle();
                Matcher leak = LEAKS.matcher(text);
                while (leak.find()) {
                    problems.add(where + "English or Java text \"" + leak.group() + "\"");
                }
                Object lang = js.executeScript("return document.documentElement.lang");
                if (!"vi".equals(lang)) {
                    problems.add(where + "<html lang> is " + lang);
                }
                problems.addAll(axe(js).stream().map(v -> where + "axe " + v).toList());
                chromium.screenshot("a11y-" + who + "-" + size.width + page.replaceAll("[^A-Za-z0-9]+", "_"));
            }
        }
    }

    /** Critical and serious axe-core violations of the current page, one line each with up to three offending elements. */
    @SuppressWarnings("unchecked")
    private static List<String> axe(JavascriptExecutor js) throws IOException {
        if (!Boolean.TRUE.equals(js.executeScript("return typeof axe !== 'undefined'"))) {
            js.executeScript(axeSource());
        }
        return (List<String>) js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(function (r) {
                  done(r.violations.filter(function (v) { return v.impact === 'critical' || v.impact === 'serious'; })
                    .map(function (v) { return v.id + ': ' + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(' | '); }));
                }, function (e) { done(['axe failed: ' + e]); });""");
    }

    private static String axeSource() throws IOException {
        try (InputStream in = DashboardPhoneAndAccessibilityTests.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void logIn(WebDriver browser, String user, String password) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("current-user"), user));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}

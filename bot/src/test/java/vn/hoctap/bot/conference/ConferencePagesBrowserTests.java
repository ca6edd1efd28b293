package vn.hoctap.bot.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import vn.hoctap.bot.conference.ConferenceTree.Person;
import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.bot.testing.HeadlessChromium;
import vn.hoctap.scheduler.conference.CheckInCodes;
import vn.hoctap.scheduler.conference.CheckIns;

/**
 * The point's check-in screen and the organiser's live board in headless Chromium, at a laptop's
 * 1366×768 and a phone's 390×844 (screenshots kept in target/screenshots): the QR code loads and
 * changes with the 30-second slot, and both pages follow arrivals without a reload.
 */
class ConferencePagesBrowserTests extends BotIntegrationTest {

    @Autowired
    CheckInCodes codes;
    @Autowired
    CheckIns checkIns;

    @Test
    void checkInScreenRotatesItsCodeAndTheBoardFollowsArrivals() throws Exception {
        ConferenceTree t = new ConferenceTree(units, members, documents, campaigns, this::newUser, System.nanoTime() % 1_000_000 + 900_000);
        Instant now = Instant.now();
        var r = http("POST", "/api/conferences", """
                {"campaignId": %d, "name": "Hội nghị quán triệt Nghị quyết Trung ương 8", "startsAt": "%s", "endsAt": "%s",
                 "documentIds": [%d], "points": [{"unitId": %d, "place": "Hội trường Huyện ủy"},
                 {"unitId": %d, "place": "Nhà văn hóa xã"}, {"unitId": %d, "place": "Hội trường Đông Sơn"}]}"""
                .formatted(t.campaign, now.minusSeconds(600), now.plusSeconds(7200), t.document, t.d1, t.c1, t.d2), ADMIN_TOKEN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        long conf = Long.parseLong(r.body().replaceAll("(?s)^\\{\"conference\":\\{\"id\":(\\d+).*", "$1"));
        long p2 = count("SELECT id FROM conference_points WHERE conference_id = " + conf + " AND unit_id = " + t.c1);
        for (Person p : t.x.subList(0, 10)) {
            checkIns.scan(p.memberId(), codes.code(p2, Instant.now()));
        }
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            WebDriver browser = chromium.driver();
            browser.manage().window().setSize(new Dimension(1366, 768));
            browser.get(url("/login"));
            browser.findElement(By.id("username")).sendKeys("admin");
            browser.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
            browser.findElement(By.id("login-submit")).click();
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));

            browser.get(url("/conferences/points/" + p2 + "/checkin"));
            String firstLink = browser.findElement(By.id("checkin-link")).getText();
            assertThat(firstLink).matches("https://t\\.me/HoctapTestBot\\?start=ci" + p2 + "_\\d+_[A-Za-z0-9_-]{16}");
            assertThat(browser.findElement(By.id("checkin-present")).getText()).isEqualTo("10");
            assertThat(browser.findElement(By.id("checkin-convened")).getText()).isEqualTo("25");
            assertThat((Long) ((JavascriptExecutor) browser).executeScript(
                    "return document.getElementById('checkin-qr').naturalWidth;")).isPositive();
            chromium.screenshot("conference-checkin-1366x768");
            checkIns.scan(t.w.get(0).memberId(), codes.code(p2, Instant.now()));
            wait(browser, Duration.ofSeconds(15), "checkin-present", "11");
            // The code rotates with the 30-second slot without a reload; the new one still checks members in.
            new WebDriverWait(browser, Duration.ofSeconds(40)).until(d -> !d.findElement(By.id("checkin-link")).getText().equals(firstLink));
            String rotated = browser.findElement(By.id("checkin-link")).getText();
            assertThat(checkIns.scan(t.w.get(1).memberId(), rotated.substring(rotated.indexOf("start=") + 6)).kind())
                    .isEqualTo(CheckIns.Kind.CHECKED_IN);
            browser.manage().window().setSize(new Dimension(390, 844));
            browser.navigate().refresh();
            chromium.screenshot("conference-checkin-390x844");

            browser.manage().window().setSize(new Dimension(1366, 768));
            browser.get(url("/conferences/" + conf));
            assertThat(browser.findElement(By.id("board-sentence")).getText()).isEqualTo("3 điểm cầu, 12 đảng viên tham dự, đạt 20,0%");
            chromium.screenshot("conference-board-1366x768");
            for (Person p : t.x.subList(10, 13)) {
                checkIns.scan(p.memberId(), codes.code(p2, Instant.now()));
            }
            wait(browser, Duration.ofSeconds(15), "board-sentence", "3 điểm cầu, 15 đảng viên tham dự, đạt 25,0%");
            assertThat(browser.findElement(By.cssSelector("#board tr[data-point='" + p2 + "']")).getText()).contains("25", "15", "60,0%");
            browser.manage().window().setSize(new Dimension(390, 844));
            browser.navigate().refresh();
            chromium.screenshot("conference-board-390x844");
        }
    }

    private static void wait(WebDriver browser, Duration timeout, String id, String text) {
        new WebDriverWait(browser, timeout).until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}

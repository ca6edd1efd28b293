package vn.hoctap.bot.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.bot.testing.CampaignFixture;
import vn.hoctap.bot.testing.HeadlessChromium;
import vn.hoctap.scheduler.campaign.Campaign;

/**
 * In a real browser under the Content-Security-Policy: the cancel button still asks first (the
 * question now comes from /js/dashboard.js, not an inline handler), and the cancellation then shows
 * in the audit trail page, at desktop and phone widths.
 */
class AuditBrowserTests extends BotIntegrationTest {

    static final AtomicLong bases = new AtomicLong(9_600_000_000L);

    @Test
    void cancellingAsksFirstAndLandsInTheAuditTrail() throws Exception {
        CampaignFixture f = new CampaignFixture(jdbc, units, documents, campaigns, bases.addAndGet(10_000_000));
        Campaign campaign = f.campaign(Instant.now().minusSeconds(60), Duration.ofDays(5), false);
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            WebDriver browser = chromium.driver();
            browser.get(url("/login"));
            browser.findElement(By.id("username")).sendKeys("admin");
            browser.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
            browser.findElement(By.id("login-submit")).click();
            wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("current-user"), "admin"));

            browser.get(url("/campaigns/" + campaign.id()));
            browser.findElement(By.id("cancel-campaign")).click();
            wait(browser).until(ExpectedConditions.alertIsPresent()).dismiss();
            assertThat(status(campaign)).isEqualTo("ACTIVE");
            browser.findElement(By.id("cancel-campaign")).click();
            wait(browser).until(ExpectedConditions.alertIsPresent()).accept();
            wait(browser).until(d -> status(campaign).equals("CANCELLED"));

            browser.manage().window().setSize(new Dimension(1366, 768));
            browser.get(url("/audit"));
            String trail = browser.findElement(By.id("audit")).getText();
            assertThat(trail).contains("Hủy đợt học tập", "mã: " + campaign.id(), "Đăng nhập", "Thành công").doesNotContain("CampaignPages#cancel", "LOGIN");
            chromium.screenshot("audit-1366");
            browser.manage().window().setSize(new Dimension(390, 844));
            browser.navigate().refresh();
            chromium.screenshot("audit-390");
        }
    }

    private String status(Campaign c) {
        return jdbc.sql("SELECT status FROM campaigns WHERE id = :c").param("c", c.id()).query(String.class).single();
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}

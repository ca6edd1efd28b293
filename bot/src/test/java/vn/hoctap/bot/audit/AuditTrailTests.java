package vn.hoctap.bot.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.hoctap.bot.access.DashboardRole;
import vn.hoctap.bot.access.DashboardUsers;
import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.bot.testing.CampaignFixture;
import vn.hoctap.bot.testing.DashboardClient;
import vn.hoctap.scheduler.campaign.Campaign;

/**
 * The audit trail records who did what, where and with which outcome, for logins and for every
 * state-changing dashboard or API request and report download, and shows it to admins only,
 * scoped to their subtree.
 */
class AuditTrailTests extends BotIntegrationTest {

    static final String PASSWORD = "audit-password-123";
    static final AtomicLong bases = new AtomicLong(9_300_000_000L);

    @Autowired
    DashboardUsers users;

    @Test
    void loginsAccountsCancellationsAndDownloadsAreRecordedWithTheirActor() throws Exception {
        CampaignFixture f = fixture();
        String admin = "auditadmin" + f.province;
        users.create(admin, PASSWORD, DashboardRole.ADMIN, null, null);
        DashboardClient browser = new DashboardClient(port);
        assertThat(browser.login(admin, "wrong-password-0")).contains("error");
        assertThat(browser.login(admin, PASSWORD)).endsWith("/");

        browser.get("/accounts");
        browser.postForm("/accounts", Map.of("username", "auditsec" + f.cellA, "password", PASSWORD, "role", "SECRETARY",
                "unitId", Long.toString(f.cellA)), true);
        Campaign campaign = f.campaign(Instant.now().minusSeconds(60), Duration.ofDays(5), false);
        browser.get("/campaigns/" + campaign.id());
        assertThat(browser.postForm("/campaigns/" + campaign.id() + "/cancel", Map.of(), true).statusCode()).isEqualTo(302);
        assertThat(browser.download("/units/" + f.cellA + "/report?campaign=" + campaign.id()).statusCode()).isEqualTo(200);
        assertThat(http("POST", "/api/campaigns/" + campaign.id() + "/cancel", null, ADMIN_TOKEN).statusCode()).isLessThan(500);

        List<String> lines = jdbc.sql("SELECT actor || ' ' || action || ' ' || coalesce(target, '') || ' ' || coalesce(unit_id::text, '-')"
                + " || ' ' || outcome FROM audit_log WHERE actor IN (:a, 'api-token') AND id > 0 ORDER BY id")
                .param("a", admin).query(String.class).list();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(admin + " LOGIN_FAILED").endsWith("BadCredentialsException"))
                .anySatisfy(l -> assertThat(l).startsWith(admin + " LOGIN ").endsWith("SUCCESS"))
                .anySatisfy(l -> assertThat(l).startsWith(admin + " POST AccountPages#create")
                        .contains("username=auditsec" + f.cellA, "role=SECRETARY", "unitId=" + f.cellA).doesNotContain(PASSWORD)
                        .endsWith(" " + f.cellA + " 302"))
                .anySatisfy(l -> assertThat(l).startsWith(admin + " POST CampaignPages#cancel").contains("id=" + campaign.id()).endsWith("302"))
                .anySatisfy(l -> assertThat(l).startsWith(admin + " GET ReportPages#download").contains("campaign=" + campaign.id())
                        .endsWith(f.cellA + " 200"))
                .anySatisfy(l -> assertThat(l).startsWith("api-token POST CampaignController#cancel").contains("id=" + campaign.id()));
        // Reading pages is not an administrative action.
        assertThat(lines).noneSatisfy(l -> assertThat(l).contains("GET CampaignPages"));

        HttpResponse<String> page = browser.get("/audit");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Nhật ký quản trị", "Tạo tài khoản", "auditsec" + f.cellA);
    }

    @Test
    void secretariesCannotSeeTheTrailAndScopedAdminsSeeOnlyTheirSubtree() throws Exception {
        CampaignFixture mine = fixture();
        CampaignFixture other = fixture();
        String scopedAdmin = "auditprov" + mine.province;
        String mySecretary = "auditsecm" + mine.cellA;
        String otherSecretary = "auditseco" + other.cellA;
        users.create(scopedAdmin, PASSWORD, DashboardRole.ADMIN, mine.province, null);
        users.create(mySecretary, PASSWORD, DashboardRole.SECRETARY, mine.cellA, null);
        users.create(otherSecretary, PASSWORD, DashboardRole.SECRETARY, other.cellA, null);
        DashboardClient mine1 = new DashboardClient(port);
        assertThat(mine1.login(mySecretary, PASSWORD)).endsWith("/");
        assertThat(mine1.get("/audit").statusCode()).isIn(302, 403);
        assertThat(new DashboardClient(port).login(otherSecretary, PASSWORD)).endsWith("/");

        DashboardClient admin = new DashboardClient(port);
        assertThat(admin.login(scopedAdmin, PASSWORD)).endsWith("/");
        String body = admin.get("/audit").body();
        assertThat(body).contains(mySecretary).doesNotContain(otherSecretary);
    }

    @Test
    void anApiLoginFailureIsRecordedAndCounted() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/campaigns"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("nobody-audit:bad".getBytes())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(count("SELECT count(*) FROM audit_log WHERE actor = 'nobody-audit' AND action = 'LOGIN_FAILED' AND path = '/api/campaigns'"))
                .isEqualTo(1);
        String scrape = http("GET", "/actuator/prometheus", null, ADMIN_TOKEN).body();
        assertThat(scrape).containsPattern("hoctap_login_failures_total\\{[^}]*\\} [1-9]");
    }

    @Test
    void aSecretaryForAUnitThatDoesNotExistIsRefusedWithAClearMessage() throws Exception {
        DashboardClient admin = new DashboardClient(port);
        assertThat(admin.login("admin", ADMIN_PASSWORD)).endsWith("/");
        admin.get("/accounts");
        HttpResponse<String> r = admin.postForm("/accounts", Map.of("username", "ghostsec1", "password", PASSWORD, "role", "SECRETARY",
                "unitId", "987654321"), true);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(admin.get("/accounts").body()).contains("Không có đơn vị mang mã số 987654321");
        assertThat(users.find("ghostsec1")).isEmpty();
    }

    private CampaignFixture fixture() {
        return campaignFixture(bases);
    }
}

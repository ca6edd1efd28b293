package vn.hoctap.bot.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import redis.clients.jedis.JedisPool;
import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.bot.testing.CampaignFixture;
import vn.hoctap.bot.testing.DashboardClient;
import vn.hoctap.scheduler.campaign.Campaign;

/**
 * Access rules through the real HTTP interface: login redirects, secretaries confined to their
 * subtree on every page and API endpoint that takes an id, CSRF, bcrypt hashes, login throttling,
 * logout by POST and sessions kept in Redis.
 */
class DashboardSecurityTests extends BotIntegrationTest {

    private static final AtomicLong bases = new AtomicLong(7_000_000_000L);
    private static final String PASSWORD = "mat-khau-bi-thu-1";

    @Autowired
    DashboardUsers users;
    @Autowired
    JedisPool redis;

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        DashboardClient browser = new DashboardClient(port);
        for (String path : List.of("/", "/units", "/members", "/campaigns", "/reflections")) {
            HttpResponse<String> r = browser.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/login");
        }
        assertThat(browser.get("/login").body()).contains("Đăng nhập", "Tên đăng nhập");
        assertThat(http("GET", "/api/campaigns", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void aSecretaryGets403ForAnotherCellsUnitStatsMembersReflectionsAndExport() throws Exception {
        CampaignFixture mine = fixture();
        CampaignFixture other = fixture();
        mine.members(2);
        List<Long> theirs = other.members(2);
        Campaign campaign = withoutJobs(() -> other.campaign(Instant.now().minusSeconds(60), Duration.ofDays(5), false));
        long assignment = jdbc.sql("SELECT id FROM assignments WHERE campaign_id = :c").param("c", campaign.id()).query(Long.class).single();
        long theirMember = other.memberWithChat(theirs.get(0));
        String name = "bithu" + mine.cellA;
        users.create(name, PASSWORD, DashboardRole.SECRETARY, mine.cellA, null);

        DashboardClient secretary = new DashboardClient(port);
        assertThat(secretary.login(name, PASSWORD)).endsWith("/");
        assertThat(secretary.get("/units/" + mine.cellA).statusCode()).isEqualTo(200);
        for (String path : List.of("/units/" + other.cellA, "/units/" + mine.commune, "/units/" + mine.province,
                "/members?unit=" + other.cellA, "/members/" + theirMember,
                "/reflections?campaign=" + campaign.id() + "&unit=" + other.cellA,
                "/units/" + other.cellA + "/report?campaign=" + campaign.id() + "&format=xlsx",
                "/units/" + other.cellA + "/invitations", "/campaigns/" + campaign.id(), "/documents", "/accounts")) {
            HttpResponse<String> r = secretary.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(403);
        }
        String basic = "Basic " + Base64.getEncoder().encodeToString((name + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        for (String path : List.of("/api/stats/units/" + other.cellA + "?assignment=" + assignment,
                "/api/reports/units/" + other.cellA + "?campaign=" + campaign.id() + "&format=csv",
                "/api/assignments/" + assignment + "/reflections", "/api/campaigns/" + campaign.id())) {
            assertThat(api("GET", path, basic, null).statusCode()).as(path).isEqualTo(403);
        }
        assertThat(api("POST", "/api/invitations", basic, "{\"memberId\":" + theirMember + "}").statusCode()).isEqualTo(403);
        assertThat(api("POST", "/api/campaigns/" + campaign.id() + "/cancel", basic, null).statusCode()).isEqualTo(403);
        assertThat(count("SELECT count(*) FROM invitations WHERE member_id = " + theirMember)).isZero();
        assertThat(jdbc.sql("SELECT status FROM campaigns WHERE id = :c").param("c", campaign.id()).query(String.class).single())
                .isEqualTo("ACTIVE");
        // Their own unit still answers through the API.
        assertThat(api("GET", "/api/campaigns", basic, null).statusCode()).isEqualTo(200);
    }

    @Test
    void anAdminScopedToAUnitListsAndCreatesLoginsOnlyInsideIt() throws Exception {
        CampaignFixture mine = fixture();
        CampaignFixture other = fixture();
        String admin = "tinh" + mine.province;
        users.create(admin, PASSWORD, DashboardRole.ADMIN, mine.province, null);
        users.create("bithu" + mine.cellA, PASSWORD, DashboardRole.SECRETARY, mine.cellA, null);
        users.create("bithu" + other.cellA, PASSWORD, DashboardRole.SECRETARY, other.cellA, null);
        DashboardClient browser = new DashboardClient(port);
        assertThat(browser.login(admin, PASSWORD)).endsWith("/");
        assertThat(browser.get("/accounts").body()).contains("bithu" + mine.cellA).doesNotContain("bithu" + other.cellA);

        browser.postForm("/accounts", Map.of("username", "bithu" + other.cellB, "password", PASSWORD, "role", "SECRETARY",
                "unitId", Long.toString(other.cellB)), true);
        assertThat(users.find("bithu" + other.cellB)).isEmpty();
    }

    @Test
    void postWithoutCsrfTokenIsRefused() throws Exception {
        CampaignFixture f = fixture();
        Campaign campaign = f.campaign(Instant.now().minusSeconds(60), Duration.ofDays(5), false);
        DashboardClient admin = new DashboardClient(port);
        assertThat(admin.login("admin", ADMIN_PASSWORD)).endsWith("/");

        HttpResponse<String> forged = admin.postForm("/campaigns/" + campaign.id() + "/cancel", Map.of(), false);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT status FROM campaigns WHERE id = :c").param("c", campaign.id()).query(String.class).single())
                .isEqualTo("ACTIVE");

        admin.get("/campaigns/" + campaign.id());
        HttpResponse<String> real = admin.postForm("/campaigns/" + campaign.id() + "/cancel", Map.of(), true);
        assertThat(real.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT status FROM campaigns WHERE id = :c").param("c", campaign.id()).query(String.class).single())
                .isEqualTo("CANCELLED");
    }

    @Test
    void storedPasswordsAreBcryptHashes() {
        users.create("hash" + System.nanoTime(), PASSWORD, DashboardRole.ADMIN, null, null);
        List<String> hashes = jdbc.sql("SELECT password_hash FROM dashboard_users").query(String.class).list();
        assertThat(hashes).isNotEmpty().allSatisfy(h -> assertThat(h).matches("\\{bcrypt\\}\\$2[aby]\\$10\\$.{53}"));
        assertThat(hashes).noneMatch(h -> h.contains(PASSWORD) || h.contains(ADMIN_PASSWORD));
    }

    @Test
    void repeatedWrongPasswordsLockTheUserNameEvenForTheRightPassword() throws Exception {
        String name = "throttled" + System.nanoTime() % 1_000_000;
        users.create(name, PASSWORD, DashboardRole.ADMIN, null, null);
        DashboardClient guesser = new DashboardClient(port);
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.login(name, "wrong-password-" + i)).endsWith("/login?error");
        }
        assertThat(guesser.login(name, PASSWORD)).endsWith("/login?throttled");
        assertThat(guesser.get("/").statusCode()).isEqualTo(302);
        assertThat(guesser.get("/login?throttled").body()).contains("Đăng nhập sai quá nhiều lần");
        // Another user name from the same address is not affected.
        assertThat(new DashboardClient(port).login("admin", ADMIN_PASSWORD)).endsWith("/");
    }

    @Test
    void aSuccessfulLoginClearsTheUserNamesFailedAttempts() throws Exception {
        String name = "reset" + System.nanoTime() % 1_000_000;
        users.create(name, PASSWORD, DashboardRole.ADMIN, null, null);
        DashboardClient browser = new DashboardClient(port);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                assertThat(browser.login(name, "wrong-" + i)).endsWith("/login?error");
            }
            assertThat(new DashboardClient(port).login(name, PASSWORD)).endsWith("/");
        }
    }

    @Test
    void aSecretaryReadsOnlyTheirOwnCellsReflectionsOfAProvinceCampaign() throws Exception {
        CampaignFixture f = fixture();
        List<Long> chats = f.members(2); // member 1 in cell B, member 2 in cell A
        Campaign campaign = withoutJobs(() -> f.campaign(Instant.now().minusSeconds(60), Duration.ofDays(5), false));
        long assignment = jdbc.sql("SELECT id FROM assignments WHERE campaign_id = :c").param("c", campaign.id()).query(Long.class).single();
        for (long chat : chats) {
            jdbc.sql("""
                    INSERT INTO reflections (member_id, assignment_id, reflection, reflection_at, plan, plan_at)
                    VALUES (:m, :a, :t, now(), 'Kế hoạch.', now())""").param("m", f.memberWithChat(chat)).param("a", assignment)
                    .param("t", "Bài của thành viên " + chat).update();
        }
        String name = "bithu" + f.cellA;
        users.create(name, PASSWORD, DashboardRole.SECRETARY, f.cellA, null);
        HttpResponse<String> mine = api("GET", "/api/assignments/" + assignment + "/reflections", basic(name, PASSWORD), null);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains("Bài của thành viên " + chats.get(1)).doesNotContain("Bài của thành viên " + chats.get(0));
        assertThat(http("GET", "/api/assignments/" + assignment + "/reflections", null, ADMIN_TOKEN).body())
                .contains("Bài của thành viên " + chats.get(0), "Bài của thành viên " + chats.get(1));
    }

    @Test
    void httpBasicOnTheApiIsThrottledLikeTheLoginForm() throws Exception {
        String name = "basic" + System.nanoTime() % 1_000_000;
        users.create(name, PASSWORD, DashboardRole.ADMIN, null, null);
        for (int i = 0; i < 5; i++) {
            assertThat(api("GET", "/api/campaigns", basic(name, "wrong-" + i), null).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> refused = api("GET", "/api/campaigns", basic(name, PASSWORD), null);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("too many login attempts");
    }

    @Test
    void aSecretaryCreatesCampaignsOnlyForTheirCellAndNeverPaidBroadcasts() throws Exception {
        CampaignFixture f = fixture();
        String name = "bithu" + f.cellB;
        users.create(name, PASSWORD, DashboardRole.SECRETARY, f.cellB, null);
        Instant start = Instant.now().plus(Duration.ofDays(1));
        String body = """
                {"name":"Chi bộ học %d","documentIds":[%d],"unitIds":[%d],"startsAt":"%s","deadline":"%s",
                 "paidBroadcast":true,"reminders":{"offsetDays":[1,2,3,4,5,6,7,8,9,10]}}""";
        assertThat(api("POST", "/api/campaigns", basic(name, PASSWORD),
                body.formatted(f.cellB, f.document, f.cellA, start, start.plus(Duration.ofDays(7)))).statusCode()).isEqualTo(403);
        HttpResponse<String> created = api("POST", "/api/campaigns", basic(name, PASSWORD),
                body.formatted(f.cellB, f.document, f.cellB, start, start.plus(Duration.ofDays(7))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT paid_broadcast FROM campaigns WHERE name = :n").param("n", "Chi bộ học " + f.cellB)
                .query(Boolean.class).single()).isFalse();
        assertThat(created.body()).doesNotContain("remind-PT240H");
    }

    @Test
    void logoutIsAPostAndEndsTheSessionWhichLivedInRedis() throws Exception {
        DashboardClient admin = new DashboardClient(port);
        assertThat(admin.login("admin", ADMIN_PASSWORD)).endsWith("/");
        assertThat(admin.get("/campaigns").statusCode()).isEqualTo(200);
        try (var jedis = redis.getResource()) {
            assertThat(jedis.keys("*session:sessions:*")).isNotEmpty();
        }
        assertThat(admin.get("/logout").statusCode()).isNotEqualTo(302);
        assertThat(admin.get("/campaigns").statusCode()).isEqualTo(200);

        HttpResponse<String> out = admin.postForm("/logout", Map.of(), true);
        assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
        assertThat(admin.get("/campaigns").statusCode()).isEqualTo(302);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private CampaignFixture fixture() {
        return campaignFixture(bases);
    }

    private HttpResponse<String> api(String method, String path, String authorization, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", authorization).header("Content-Type", "application/json");
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}

package vn.hoctap.bot.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.hoctap.bot.access.DashboardRole;
import vn.hoctap.bot.access.DashboardUsers;
import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.bot.testing.StudyFixture;

/** The stats API never answers zeros for an assignment that is not the unit's: 403 outside the login's reach, 404 inside. */
class StatsScopeTests extends BotIntegrationTest {

    @Autowired
    DashboardUsers users;

    @Test
    void anotherCellsAssignmentIsRefusedNotCountedAsZero() throws Exception {
        StudyFixture mine = newFixture();
        StudyFixture other = newFixture();
        long myAssignment = mine.assignment("Tài liệu thống kê của tôi", "Tóm tắt.", Duration.ofDays(3));
        long otherAssignment = other.assignment("Tài liệu thống kê của chi bộ khác", "Tóm tắt.", Duration.ofDays(3));
        String name = "statsec" + mine.cell;
        users.create(name, "stats-password-1", DashboardRole.SECRETARY, mine.cell, null);
        String basic = "Basic " + Base64.getEncoder().encodeToString((name + ":stats-password-1").getBytes(StandardCharsets.UTF_8));

        assertThat(get("/api/stats/units/" + mine.cell + "?assignment=" + myAssignment, basic).statusCode()).isEqualTo(200);
        assertThat(get("/api/stats/units/" + mine.cell + "?assignment=" + otherAssignment, basic).statusCode()).isEqualTo(403);
        HttpResponse<String> admin = http("GET", "/api/stats/units/" + mine.cell + "?assignment=" + otherAssignment, null, ADMIN_TOKEN);
        assertThat(admin.statusCode()).isEqualTo(404);
        assertThat(admin.body()).contains("is not assigned to unit " + mine.cell);
        assertThat(http("GET", "/api/stats/units/" + mine.province + "?assignment=" + myAssignment, null, ADMIN_TOKEN).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aCampaignNameOverItsBoundIsRefusedWithA400() throws Exception {
        StudyFixture f = newFixture();
        long assignment = f.assignment("Tài liệu cho tên đợt dài", "Tóm tắt.", Duration.ofDays(3));
        long document = jdbc.sql("SELECT document_id FROM assignments WHERE id = :a").param("a", assignment).query(Long.class).single();
        String body = """
                {"name":"%s","documentIds":[%d],"unitIds":[%d],"deadline":"%s"}""".formatted("Đợt học ".repeat(100_000), document,
                f.province, java.time.Instant.now().plus(Duration.ofDays(10)));
        HttpResponse<String> r = http("POST", "/api/campaigns", body, ADMIN_TOKEN);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("at most 200 characters");
        assertThat(count("SELECT count(*) FROM campaigns WHERE length(name) > 200")).isZero();
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString());
    }
}

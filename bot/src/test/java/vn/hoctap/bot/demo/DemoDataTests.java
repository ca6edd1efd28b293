package vn.hoctap.bot.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.testing.TestInfrastructure;

/**
 * The demo data set, with Telegram off (no token): the app still starts, serves the stats API and
 * the numbers add up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "hoctap.demo=true", "hoctap.telegram.token=", "hoctap.admin.token=demo-admin"})
class DemoDataTests {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, null);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoData demo;
    @Autowired
    TelegramGateway gateway;

    @Test
    void demoHasUnitsMembersTheLibraryAndOneAssignment() {
        assertThat(count("SELECT count(*) FROM units")).isEqualTo(8);
        assertThat(count("SELECT count(*) FROM members")).isEqualTo(12);
        assertThat(count("SELECT count(*) FROM documents WHERE length(summary) > 1000")).isGreaterThanOrEqualTo(8);
        assertThat(count("SELECT count(DISTINCT document_id) FROM document_sections")).isEqualTo(count("SELECT count(*) FROM documents"));
        assertThat(count("SELECT count(*) FROM assignments")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT title FROM documents ORDER BY number").query(String.class).list())
                .anySatisfy(t -> assertThat(t).contains("tổ chức bộ máy"));
    }

    @Test
    void loadingTwiceChangesNothing() throws Exception {
        demo.run(new DefaultApplicationArguments());
        assertThat(count("SELECT count(*) FROM units")).isEqualTo(8);
        assertThat(count("SELECT count(*) FROM documents")).isEqualTo(count("SELECT count(*) FROM documents WHERE id > 0"))
                .isGreaterThanOrEqualTo(10);
        assertThat(count("SELECT count(*) FROM assignments")).isEqualTo(1);
    }

    @Test
    void statsOfTheDemoProvinceFollowConfirmations() throws Exception {
        long province = jdbc.sql("SELECT id FROM units WHERE parent_id IS NULL").query(Long.class).single();
        long assignment = jdbc.sql("SELECT id FROM assignments").query(Long.class).single();
        jdbc.sql("DELETE FROM confirmations").update();
        String before = get("/api/stats/units/" + province + "?assignment=" + assignment, "demo-admin").body();
        assertThat(before).contains("\"members\":12,\"confirmed\":0,\"percent\":0.0");
        assertThat(before).contains("\"name\":\"Đảng bộ huyện Bình An\",\"level\":\"DISTRICT\",\"members\":8");
        assertThat(before).contains("\"name\":\"Đảng bộ thành phố Hồng Châu\",\"level\":\"DISTRICT\",\"members\":4");

        jdbc.sql("INSERT INTO confirmations (member_id, assignment_id) SELECT id, :a FROM members ORDER BY id LIMIT 3")
                .param("a", assignment).update();
        String after = get("/api/stats/units/" + province + "?assignment=" + assignment, "demo-admin").body();
        assertThat(after).contains("\"members\":12,\"confirmed\":3,\"percent\":25.0");
    }

    @Test
    void statsApiRefusesStrangersAndExplainsBadRequests() throws Exception {
        assertThat(get("/api/stats/units/1?assignment=1", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/stats/units/1?assignment=1", "guess").statusCode()).isEqualTo(401);
        var missingUnit = get("/api/stats/units/999999?assignment=1", "demo-admin");
        assertThat(missingUnit.statusCode()).isEqualTo(404);
        assertThat(missingUnit.body()).contains("unit 999999");
        var noAssignment = get("/api/stats/units/1", "demo-admin");
        assertThat(noAssignment.statusCode()).isEqualTo(400);
        assertThat(noAssignment.body()).contains("'assignment'");
        assertThat(get("/api/stats/units/abc?assignment=1", "demo-admin").statusCode()).isEqualTo(400);
    }

    @Test
    void withoutATokenTelegramIsOffButTheWebRuns() throws Exception {
        assertThat(gateway.getClass().getSimpleName()).isEqualTo("DisabledTelegramGateway");
        var webhook = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(webhook.statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}

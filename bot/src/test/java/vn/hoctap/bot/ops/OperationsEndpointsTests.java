package vn.hoctap.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import vn.hoctap.bot.telegram.fake.FakeUser;
import vn.hoctap.bot.testing.BotIntegrationTest;

/**
 * What a load balancer and Prometheus see: anonymous health probes without details, details and the
 * scrape for admins only, and the pipeline's meters moving when a member writes.
 */
class OperationsEndpointsTests extends BotIntegrationTest {

    @Test
    void healthProbesAreAnonymousAndShowDetailsOnlyToAdmins() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).hasSizeGreaterThan(8));
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "quartz", "redis");
        assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        HttpResponse<String> readiness = get("/actuator/health/readiness", null);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"").doesNotContain("components");

        HttpResponse<String> detailed = get("/actuator/health/readiness", "Bearer " + ADMIN_TOKEN);
        assertThat(detailed.body()).contains("\"db\"", "\"redis\"", "\"quartz\"", "\"telegram\"", "\"fatalErrors\"", "\"polling\"");
        HttpResponse<String> asAdmin = get("/actuator/health", basic("admin", ADMIN_PASSWORD));
        assertThat(asAdmin.body()).contains("\"components\"", "PostgreSQL");
    }

    @Test
    void prometheusScrapeNeedsAnAdmin() throws Exception {
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", basic("admin", "wrong-password")).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", basic("admin", ADMIN_PASSWORD)).statusCode()).isEqualTo(200);
        // Actuator paths never fall through to the dashboard's login page.
        assertThat(get("/actuator/env", null).statusCode()).isEqualTo(401);
    }

    @Test
    void pipelineAndStorageMetersAreScraped() throws Exception {
        FakeUser user = newUser("Metrics");
        user.sendText("/help");
        awaitText(user, "Hoctap Bot");
        assertThat(http("GET", "/api/search?q=ngh%E1%BB%8B+quy%E1%BA%BFt", null, ADMIN_TOKEN).statusCode()).isEqualTo(200);
        String scrape = get("/actuator/prometheus", "Bearer " + ADMIN_TOKEN).body();
        assertThat(value(scrape, "hoctap_updates_received_total")).isGreaterThanOrEqualTo(1);
        assertThat(value(scrape, "hoctap_updates_handling_seconds_count")).isGreaterThanOrEqualTo(1);
        assertThat(value(scrape, "hoctap_search_latency_seconds_count")).isGreaterThanOrEqualTo(1);
        assertThat(scrape).contains("hoctap_updates_errors_total", "hoctap_inbox_backlog", "hoctap_outbox_depth{",
                "status=\"PENDING\"", "hoctap_delivery_attempts_total", "hoctap_campaigns_active",
                "hoctap_telegram_sends_total{", "kind=\"reply\"", "outcome=\"ok\"", "hoctap_telegram_responses_total{",
                "method=\"sendmessage\"", "jvm_memory_used_bytes", "hikaricp_connections");
    }

    private static double value(String scrape, String name) {
        return scrape.lines().filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}

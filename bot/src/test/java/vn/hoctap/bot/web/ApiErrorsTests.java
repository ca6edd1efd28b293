package vn.hoctap.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.hoctap.bot.testing.BotIntegrationTest;

/** Every API refusal is one shape: an RFC 9457 problem with the status, a Vietnamese title and the reason. */
class ApiErrorsTests extends BotIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anUnknownIdIsA404ProblemNamingIt() throws Exception {
        HttpResponse<String> r = call("GET", "/api/campaigns/987654321", null);

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(r.body());
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("title").asString()).isEqualTo("Không tìm thấy");
        assertThat(problem.get("detail").asString()).contains("987654321");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/campaigns/987654321");
    }

    @Test
    void malformedJsonAndAMistypedIdAre400ProblemsWithoutJavaText() throws Exception {
        HttpResponse<String> json = call("POST", "/api/campaigns", "{not json");
        HttpResponse<String> mistyped = call("GET", "/api/campaigns/abc", null);

        for (HttpResponse<String> r : new HttpResponse[] {json, mistyped}) {
            assertThat(r.statusCode()).isEqualTo(400);
            JsonNode problem = JSON.readTree(r.body());
            assertThat(problem.get("title").asString()).isEqualTo("Yêu cầu không hợp lệ");
            assertThat(r.body()).doesNotContain("Exception", "java.", "at org.");
        }
    }

    @Test
    void aRefusedServiceRuleIsAProblemWithTheServicesReason() throws Exception {
        HttpResponse<String> r = call("POST", "/api/invitations", "{}");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).get("detail").asString()).isEqualTo("memberId is required");
    }

    private HttpResponse<String> call(String method, String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).header("Content-Type", "application/json")
                .header("Accept-Language", "vi")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}

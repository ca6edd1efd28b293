package vn.hoctap.bot.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.bot.testing.DashboardClient;

/** The REST API is described by OpenAPI for logged-in dashboard users (the Swagger UI page reads it with their session). */
class ApiDocumentationTests extends BotIntegrationTest {

    @Test
    void openApiDescribesTheRestApiToLoggedInCallersOnly() throws Exception {
        DashboardClient admin = new DashboardClient(port);
        assertThat(admin.get("/v3/api-docs").statusCode()).isEqualTo(302);
        assertThat(admin.get("/api-docs").statusCode()).isEqualTo(302);
        admin.login("admin", ADMIN_PASSWORD);
        HttpResponse<String> docs = admin.get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"openapi\"", "/api/campaigns", "/api/reports/units/{unitId}", "/api/members/import",
                "/api/stats/units/{unitId}", "/api/invitations").doesNotContain("/telegram/webhook", "\"/units/{id}\"");
        assertThat(docs.body()).contains("\"title\":\"Hoctap Bot API\"", "\"bearer\"", "\"basic\"", "\"session\"",
                "\"tags\":[\"campaigns\"]").doesNotContain("OpenAPI definition");
        String campaigns = docs.body().substring(docs.body().indexOf("\"/api/campaigns\":{"));
        campaigns = campaigns.substring(0, campaigns.indexOf("\"/api/", 5));
        assertThat(campaigns.substring(campaigns.indexOf("\"post\""))).contains("\"201\":{\"description\":\"Created\"").doesNotContain("\"200\"");
        HttpResponse<String> ui = admin.get("/swagger-ui/index.html");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
    }

    @Test
    void theDashboardSessionCallsTheApiAndItsChangesNeedTheCsrfToken() throws Exception {
        DashboardClient admin = new DashboardClient(port);
        admin.login("admin", ADMIN_PASSWORD);
        HttpResponse<String> list = admin.get("/api/campaigns");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("WWW-Authenticate")).isEmpty();
        admin.get("/campaigns");
        String holiday = "{\"name\": \"Ngày thử\"}";
        HttpResponse<String> withoutToken = admin.postJson("/api/campaigns/999999999/cancel", "{}", false);
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        HttpResponse<String> withToken = admin.postJson("/api/campaigns/999999999/cancel", "{}", true);
        assertThat(withToken.statusCode()).isEqualTo(404);
        assertThat(new DashboardClient(port).postJson("/api/campaigns/999999999/cancel", holiday, false).statusCode()).isEqualTo(401);
    }
}

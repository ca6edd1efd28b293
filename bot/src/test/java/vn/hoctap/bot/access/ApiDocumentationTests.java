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
        HttpResponse<String> ui = admin.get("/swagger-ui/index.html");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
    }
}

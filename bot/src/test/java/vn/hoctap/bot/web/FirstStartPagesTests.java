package vn.hoctap.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.bot.testing.DashboardClient;

/**
 * A new installation has no unit: every page that shows a unit sends the admin to the organisation
 * page (create the top unit or import the tree) instead of "not found" or an error. Its own context,
 * because the shared one has units from other tests.
 */
@TestPropertySource(properties = "hoctap.test.context=first-start")
class FirstStartPagesTests extends BotIntegrationTest {

    @Test
    void withoutUnitsThePagesLeadToTheOrganisationPage() throws Exception {
        assertThat(count("select count(*) from units")).isZero();
        DashboardClient admin = new DashboardClient(port);
        assertThat(admin.login("admin", ADMIN_PASSWORD)).endsWith("/");
        for (String page : new String[] {"/", "/units", "/members", "/reflections?campaign=1"}) {
            HttpResponse<String> r = admin.get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElseThrow()).as(page).endsWith("/organisation");
        }
        HttpResponse<String> start = admin.get("/organisation");
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body()).contains("Chưa có đơn vị nào", "Tạo đảng bộ cao nhất");

        HttpResponse<String> created = admin.postForm("/organisation", Map.of("name", "Đảng bộ tỉnh Mới", "code", "", "level", "PROVINCE"), true);
        assertThat(created.statusCode()).isEqualTo(302);
        HttpResponse<String> units = admin.get("/units");
        assertThat(units.statusCode()).isEqualTo(302);
        assertThat(units.headers().firstValue("Location").orElseThrow()).containsPattern("/units/\\d+$");
    }
}

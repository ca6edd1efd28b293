package vn.hoctap.bot.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.bot.testing.DashboardClient;
import vn.hoctap.scheduler.unit.UnitLevel;

/**
 * The audit page in words: actions and outcomes from the bundles (not LOGIN, SUCCESS or a handler
 * name), the unit by name, filters by who, action and day, and newer/older pages that keep them.
 */
class AuditPagesTests extends BotIntegrationTest {

    @Test
    void actionsOutcomesAndUnitsAreWordsAndTheFiltersAndPagesWork() throws Exception {
        String actor = "kiemtra" + System.nanoTime();
        long unit = units.create(null, UnitLevel.PROVINCE, "Đảng bộ tỉnh Nhật Ký " + actor).id();
        jdbc.sql("""
                INSERT INTO audit_log (at, actor, action, path, target, unit_id, outcome, address)
                SELECT timestamptz '2030-03-01 10:00+07' + g * interval '1 minute', :a, 'POST CampaignPages#cancel',
                       '/campaigns/' || g || '/cancel', 'id=' || g, :u, '302', '10.0.0.1' FROM generate_series(1, 60) g""")
                .param("a", actor).param("u", unit).update();
        jdbc.sql("""
                INSERT INTO audit_log (at, actor, action, path, outcome, address) VALUES
                  (timestamptz '2030-03-05 09:00+07', :a, 'LOGIN', '/login', 'SUCCESS', '10.0.0.1'),
                  (timestamptz '2030-03-05 09:01+07', :a, 'LOGIN_FAILED', '/login', 'BadCredentialsException', '10.0.0.1'),
                  (timestamptz '2030-03-05 09:02+07', :a, 'POST OrganisationPages#close', '/organisation/1/close', '403', '10.0.0.1')""")
                .param("a", actor).update();
        DashboardClient admin = new DashboardClient(port);
        assertThat(admin.login("admin", ADMIN_PASSWORD)).endsWith("/");

        String page = HtmlUtils.htmlUnescape(admin.get("/audit?actor=" + actor).body());
        assertThat(table(page)).contains("Đăng nhập", "Thành công", "Đăng nhập không thành công", "Sai tên đăng nhập hoặc mật khẩu",
                "Giải thể đơn vị", "Bị từ chối (không có quyền)", "Hủy đợt học tập", "Đảng bộ tỉnh Nhật Ký " + actor)
                .doesNotContain(">LOGIN<", ">SUCCESS<", "CampaignPages#cancel", "BadCredentialsException", ">" + unit + "<");
        assertThat(rows(page)).isEqualTo(50);
        assertThat(page).contains("id=\"audit-older\"").doesNotContain("id=\"audit-newer\"");

        String older = HtmlUtils.htmlUnescape(admin.get(link(page, "audit-older")).body());
        assertThat(rows(older)).isEqualTo(13);
        assertThat(older).contains("id=\"audit-newer\"", "value=\"" + actor + "\"").doesNotContain("id=\"audit-older\"");
        assertThat(table(older)).doesNotContain("Đăng nhập không thành công");
        String newer = HtmlUtils.htmlUnescape(admin.get(link(older, "audit-newer")).body());
        assertThat(rows(newer)).isEqualTo(50);
        assertThat(table(newer)).contains("Đăng nhập không thành công");

        assertThat(rows(admin.get("/audit?actor=" + actor + "&action=LOGIN").body())).isEqualTo(1);
        assertThat(rows(admin.get("/audit?actor=" + actor + "&action=CampaignPages%23cancel").body())).isEqualTo(50);
        assertThat(rows(admin.get("/audit?actor=" + actor + "&from=2030-03-05&to=2030-03-05").body())).isEqualTo(3);
        String untilMarch4 = HtmlUtils.htmlUnescape(admin.get("/audit?actor=" + actor + "&to=2030-03-04").body());
        assertThat(rows(untilMarch4)).isEqualTo(50);
        assertThat(table(untilMarch4)).doesNotContain("Đăng nhập không thành công");
        assertThat(admin.get("/audit?actor=" + actor + "&from=ngay-mai").statusCode()).isEqualTo(400);
        assertThat(HtmlUtils.htmlUnescape(admin.get("/audit?actor=" + actor + "&action=LOGIN&lang=en").body())).contains("Logged in", "Succeeded");
        admin.get("/audit?lang=vi");
    }

    /** The audit table alone (the action filter's options name every action). */
    private static String table(String page) {
        return page.substring(page.indexOf("<table id=\"audit\">"));
    }

    private static int rows(String page) {
        String body = page.substring(page.indexOf("<tbody>") < 0 ? 0 : page.indexOf("<tbody>"));
        Matcher m = Pattern.compile("<tr>").matcher(page.indexOf("<tbody>") < 0 ? "" : body);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String link(String page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\" href=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as(id).isTrue();
        return m.group(1);
    }
}

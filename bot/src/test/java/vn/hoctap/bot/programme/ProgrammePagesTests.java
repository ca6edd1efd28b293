package vn.hoctap.bot.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;

import vn.hoctap.bot.access.DashboardRole;
import vn.hoctap.bot.access.DashboardUsers;
import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.bot.testing.CampaignFixture;
import vn.hoctap.bot.testing.DashboardClient;
import vn.hoctap.scheduler.campaign.Campaign;

/** A committee's action programme from the dashboard: draft refused and kept, saved, issued (then frozen), and a secretary's reach. */
class ProgrammePagesTests extends BotIntegrationTest {

    private static final AtomicLong bases = new AtomicLong(5_700_000_000L);

    @Autowired
    DashboardUsers users;

    @Test
    void aCommitteeSavesItsDraftThenIssuesItAndTheLevelAboveSeesItIssued() throws Exception {
        CampaignFixture f = new CampaignFixture(jdbc, units, documents, campaigns, bases.addAndGet(10_000_000));
        Campaign c = f.campaign(Instant.now().minusSeconds(60), Duration.ofDays(10), false);
        DashboardClient admin = new DashboardClient(port);
        assertThat(admin.login("admin", ADMIN_PASSWORD)).endsWith("/");
        String base = "/action-programmes?campaign=" + c.id() + "&unit=" + f.commune;
        assertThat(admin.get(base).body()).contains("Chương trình hành động", "Chưa có", "id=\"programme-form\"");

        HttpResponse<String> noBody = admin.postForm("/action-programmes", Map.of("campaignId", Long.toString(c.id()), "unitId",
                Long.toString(f.commune), "title", "Chương trình «số 1»", "body", " "), true);
        assertThat(noBody.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(noBody.body())).contains("id=\"error-body\">Nội dung chương trình cần từ 1 đến 100.000 ký tự.<",
                "value=\"Chương trình «số 1»\"");

        HttpResponse<String> saved = admin.postForm("/action-programmes", Map.of("campaignId", Long.toString(c.id()), "unitId",
                Long.toString(f.commune), "title", "Chương trình số 1", "body", "1. Tổ chức học tập."), true);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(admin.get(base).body()).contains("Đã lưu dự thảo", "Dự thảo", "id=\"programme-issue\"");
        assertThat(admin.postForm("/action-programmes/issue", Map.of("campaign", Long.toString(c.id()), "unit", Long.toString(f.commune)), true)
                .statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT status FROM action_programmes WHERE campaign_id = :c AND unit_id = :u").param("c", c.id())
                .param("u", f.commune).query(String.class).single()).isEqualTo("ISSUED");
        assertThat(admin.get(base).body()).contains("Đã ban hành", "1. Tổ chức học tập.").doesNotContain("id=\"programme-form\"",
                "id=\"programme-issue\"");
        long district = jdbc.sql("SELECT parent_id FROM units WHERE id = :c").param("c", f.commune).query(Long.class).single();
        assertThat(admin.get("/action-programmes?campaign=" + c.id() + "&unit=" + district).body()).contains("Đảng bộ xã Hòa Bình", "Đã ban hành");

        String login = "bithu-ct" + f.cellB;
        users.create(login, "mat-khau-chi-bo-b", DashboardRole.SECRETARY, f.cellB, null);
        DashboardClient secretary = new DashboardClient(port);
        assertThat(secretary.login(login, "mat-khau-chi-bo-b")).endsWith("/");
        assertThat(secretary.get(base).statusCode()).isEqualTo(403);
        assertThat(secretary.postForm("/action-programmes", Map.of("campaignId", Long.toString(c.id()), "unitId", Long.toString(f.cellA),
                "title", "Của chi bộ khác", "body", "x"), true).statusCode()).isEqualTo(403);
        assertThat(secretary.get("/action-programmes?campaign=" + c.id()).body()).contains("Chi bộ thôn Tây");
    }
}

package vn.hoctap.bot.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;

import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.bot.testing.CampaignFixture;
import vn.hoctap.bot.testing.DashboardClient;
import vn.hoctap.scheduler.campaign.Campaign;
import vn.hoctap.scheduler.campaign.Campaigns;

/** Creating an opinion form from the dashboard: refused input kept with the Vietnamese reason, a valid one stored and queued. */
class OpinionFormPagesTests extends BotIntegrationTest {

    private static final AtomicLong bases = new AtomicLong(5_600_000_000L);

    @Autowired
    Campaigns campaigns;

    @Test
    void aFormWithoutQuestionsIsRefusedBesideTheFieldAndAValidOneIsQueuedToTheAudience() throws Exception {
        CampaignFixture f = new CampaignFixture(jdbc, units, documents, campaigns, bases.addAndGet(10_000_000));
        f.members(4);
        Campaign c = f.campaign(Instant.now().minusSeconds(60), Duration.ofDays(10), false);
        DashboardClient admin = new DashboardClient(port);
        assertThat(admin.login("admin", ADMIN_PASSWORD)).endsWith("/");
        assertThat(admin.get("/opinion-forms/new?campaign=" + c.id()).body()).contains("Tạo phiếu lấy ý kiến", c.name());

        HttpResponse<String> empty = admin.postForm("/opinion-forms", Map.of("campaignId", Long.toString(c.id()), "title",
                "Phiếu «dự thảo» " + f.chatBase, "questions", "\n  \n"), true);
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(empty.body())).contains("id=\"error-questions\">Phiếu cần từ 1 đến 20 câu hỏi, mỗi câu một dòng.<",
                "value=\"Phiếu «dự thảo» " + f.chatBase + "\"").doesNotContain("a form has");

        HttpResponse<String> sent = admin.postForm("/opinion-forms", Map.of("campaignId", Long.toString(c.id()), "title",
                "Phiếu góp ý " + f.chatBase, "questions", "Mục tiêu tổng quát\r\n\r\nNhiệm vụ trọng tâm\n"), true);
        assertThat(sent.statusCode()).isEqualTo(302);
        long id = jdbc.sql("SELECT id FROM opinion_forms WHERE title = :t").param("t", "Phiếu góp ý " + f.chatBase).query(Long.class).single();
        assertThat(jdbc.sql("SELECT text FROM opinion_questions WHERE form_id = :f ORDER BY position").param("f", id).query(String.class).list())
                .containsExactly("Mục tiêu tổng quát", "Nhiệm vụ trọng tâm");
        assertThat(count("SELECT count(*) FROM outbox WHERE step = 'form" + id + "'")).isEqualTo(4);
        assertThat(admin.get("/opinion-forms/" + id).body()).contains("Đã gửi phiếu lấy ý kiến");
    }
}

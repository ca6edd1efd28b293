package vn.hoctap.bot.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.hoctap.bot.conference.ConferenceTreeAccess;
import vn.hoctap.bot.telegram.fake.FakeUser;
import vn.hoctap.bot.telegram.fake.SentMessage;
import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.scheduler.programme.ProgrammeDigest;

/**
 * A district committee's action programme: draft uploaded twice, read and commented in the bot by a
 * member below, refused to a member elsewhere, comments seen by the secretary, issued and then
 * frozen; the province sees which districts issued theirs, and the lagging ones are in its digest.
 */
class ActionProgrammeTests extends BotIntegrationTest {

    @Autowired
    ProgrammeDigest digest;

    @Test
    void committeeDraftsTakesCommentsIssuesAndTheLevelAboveSeesWhoLags() throws Exception {
        var t = ConferenceTreeAccess.tree(units, members, documents, campaigns, this::newUser, System.nanoTime() % 1_000_000 + 700_000);
        String upload = """
                {"campaignId": %d, "unitId": %d, "title": "Chương trình hành động của Huyện ủy Tiên Phong", "body": "%s"}""";
        assertThat(http("PUT", "/api/action-programmes", upload.formatted(t.campaign(), t.d1(), "Dự thảo lần 1."), ADMIN_TOKEN).body())
                .contains("\"version\":1", "\"status\":\"DRAFT\"");
        assertThat(http("PUT", "/api/action-programmes", upload.formatted(t.campaign(), t.d1(),
                "I. Mục tiêu: nâng cao chất lượng đội ngũ. II. Nhiệm vụ, giải pháp."), ADMIN_TOKEN).body()).contains("\"version\":2");

        FakeUser x0 = t.x0();
        x0.sendText("/chuongtrinh");
        SentMessage list = awaitText(x0, "Chương trình hành động đồng chí có thể đọc");
        x0.press(list, "📄 Đảng bộ huyện Tiên Phong: Chương trình hành động của Huyện ủy Tiên Phong");
        SentMessage shown = awaitText(x0, "I. Mục tiêu: nâng cao chất lượng đội ngũ");
        assertThat(shown.text()).contains("Tình trạng: đang lấy ý kiến dự thảo (bản 2)");
        x0.press(shown, "💬 Góp ý");
        awaitText(x0, "Đồng chí hãy gửi góp ý cho «Chương trình hành động của Huyện ủy Tiên Phong» bằng một tin nhắn.");
        x0.sendText("Đề nghị bổ sung chỉ tiêu đào tạo cán bộ trẻ");
        awaitText(x0, "Đã ghi nhận góp ý của đồng chí");

        FakeUser z0 = t.z0();
        z0.sendText("/chuongtrinh");
        awaitText(z0, "Hiện chưa có chương trình hành động nào");
        long programme = count("SELECT id FROM action_programmes WHERE campaign_id = " + t.campaign() + " AND unit_id = " + t.d1());
        String forged = z0.pressData(list, "apr:" + programme);
        assertThat(telegram.awaitCallbackAnswer(forged, WAIT)).contains("không thuộc đơn vị của đồng chí");

        FakeUser secretary = t.y0();
        assertThat(http("PUT", "/api/units/" + t.d1() + "/roles/" + t.y0Member(), "{\"role\":\"SECRETARY\"}", ADMIN_TOKEN).statusCode())
                .isEqualTo(200);
        secretary.sendText("/gopy");
        SentMessage comments = awaitText(secretary, "Góp ý cho «Chương trình hành động của Huyện ủy Tiên Phong» (1 góp ý mới nhất)");
        assertThat(comments.text()).contains("(Chi bộ thôn Đông, bản 2): Đề nghị bổ sung chỉ tiêu đào tạo cán bộ trẻ");

        String ref = "{\"campaignId\": %d, \"unitId\": %d}".formatted(t.campaign(), t.d1());
        assertThat(http("POST", "/api/action-programmes/issue", ref, ADMIN_TOKEN).body()).contains("\"status\":\"ISSUED\"");
        assertThat(http("PUT", "/api/action-programmes", upload.formatted(t.campaign(), t.d1(), "Sửa sau khi ban hành"), ADMIN_TOKEN)
                .statusCode()).isEqualTo(409);

        String standing = http("GET", "/api/action-programmes?campaign=" + t.campaign() + "&unit=" + t.province(), null, ADMIN_TOKEN).body();
        assertThat(standing).contains("\"unitName\":\"Đảng bộ huyện Tiên Phong\",\"status\":\"ISSUED\"", "\"onTime\":true",
                "\"unitName\":\"Đảng bộ huyện Đông Sơn\",\"status\":\"NONE\"");

        FakeUser provinceSecretary = newUser("Bí thư Tỉnh ủy");
        long leader = members.create(t.province(), "Bí thư Tỉnh ủy").id();
        members.linkTelegram(leader, provinceSecretary.userId());
        assertThat(http("PUT", "/api/units/" + t.province() + "/roles/" + leader, "{\"role\":\"SECRETARY\"}", ADMIN_TOKEN).statusCode())
                .isEqualTo(200);
        assertThat(digest.queue(t.campaign(), LocalDate.now())).isGreaterThanOrEqualTo(1);
        assertThat(digest.queue(t.campaign(), LocalDate.now())).isZero();
        SentMessage note = awaitText(provinceSecretary, "2/3 cấp ủy trực thuộc chưa ban hành chương trình hành động");
        assertThat(note.text()).contains("• Đảng bộ huyện Đông Sơn (chưa có dự thảo)", "• Đảng bộ huyện Tây Sơn (chưa có dự thảo)")
                .doesNotContain("Tiên Phong");
    }
}

package vn.hoctap.bot.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.hoctap.bot.conference.ConferenceTreeAccess;
import vn.hoctap.bot.telegram.fake.FakeUser;
import vn.hoctap.bot.telegram.fake.SentMessage;
import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.bot.testing.DashboardClient;

/**
 * An opinion form of a campaign through the fake Bot API: each question with three answers, a
 * changed answer counting once, a free comment or a skip, a forged answer refused, and the results
 * by unit in the API, the dashboard and the CSV export.
 */
class OpinionFormTests extends BotIntegrationTest {

    @Test
    void membersAnswerEachPointAndCommentAndTheResultsAreCountedByUnit() throws Exception {
        var t = ConferenceTreeAccess.tree(units, members, documents, campaigns, this::newUser, System.nanoTime() % 1_000_000 + 300_000);
        var created = http("POST", "/api/opinion-forms", """
                {"campaignId": %d, "title": "Dự thảo chương trình hành động", "questions": ["Mục tiêu đến năm 2030", "Các giải pháp chủ yếu"]}"""
                .formatted(t.campaign()), ADMIN_TOKEN);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long form = Long.parseLong(created.body().replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));

        FakeUser x0 = t.x0();
        SentMessage q1 = awaitText(x0, "📝 PHIẾU LẤY Ý KIẾN: Dự thảo chương trình hành động\nCâu 1/2: Mục tiêu đến năm 2030");
        assertThat(q1.buttonTexts()).containsExactly("Đồng ý", "Đồng ý một phần", "Không đồng ý");
        x0.press(q1, "Đồng ý");
        SentMessage q2 = awaitText(x0, "Câu 2/2: Các giải pháp chủ yếu");
        telegram.awaitEdit(x0.chatId(), q1.messageId(), text -> text.contains("→ Ý kiến của đồng chí: Đồng ý"), WAIT);
        x0.press(q2, "Đồng ý một phần");
        awaitText(x0, "có góp ý gì thêm không");
        x0.sendText("Cần bổ sung chỉ tiêu cụ thể cho từng xã");
        awaitText(x0, "Cảm ơn đồng chí đã tham gia góp ý");

        FakeUser y0 = t.y0();
        y0.press(awaitText(y0, "Câu 1/2"), "Không đồng ý");
        y0.press(awaitText(y0, "Câu 2/2"), "Đồng ý");
        y0.press(awaitText(y0, "có góp ý gì thêm không"), "Bỏ qua");
        awaitText(y0, "Cảm ơn đồng chí đã tham gia góp ý");

        FakeUser z0 = t.z0();
        SentMessage zq1 = awaitText(z0, "Câu 1/2");
        z0.press(zq1, "Đồng ý");
        SentMessage zq2 = awaitText(z0, "Câu 2/2");
        z0.press(zq1, "Không đồng ý"); // changed: counts once, the last answer
        telegram.awaitEdit(z0.chatId(), zq1.messageId(), text -> text.contains("Không đồng ý (bấm nút khác"), WAIT);
        z0.press(zq2, "Đồng ý");
        awaitText(z0, "có góp ý gì thêm không");
        assertThat(telegram.sentMessages(z0.chatId()).stream().filter(m -> m.text().contains("Câu 2/2")).count()).isEqualTo(1);

        FakeUser stranger = newUser("Người lạ");
        String forged = stranger.pressData(q1, "opa:" + count("SELECT min(id) FROM opinion_questions WHERE form_id = " + form) + ":0");
        assertThat(telegram.awaitCallbackAnswer(forged, WAIT)).contains("không gửi cho đồng chí");

        var results = http("GET", "/api/opinion-forms/" + form + "/results?unit=" + t.province(), null, ADMIN_TOKEN).body();
        // Province total: question 1 agree 1, partly 0, disagree 2; question 2 agree 2, partly 1, disagree 0.
        assertThat(results).contains("\"position\":1,\"question\":\"Mục tiêu đến năm 2030\",\"agree\":1,\"partly\":0,\"disagree\":2",
                "\"position\":2,\"question\":\"Các giải pháp chủ yếu\",\"agree\":2,\"partly\":1,\"disagree\":0",
                "\"comment\":\"Cần bổ sung chỉ tiêu cụ thể cho từng xã\"");
        assertThat(count("SELECT count(*) FROM opinion_answers a JOIN opinion_questions q ON q.id = a.question_id WHERE q.form_id = " + form))
                .isEqualTo(6);

        DashboardClient admin = new DashboardClient(port);
        admin.login("admin", ADMIN_PASSWORD);
        String page = admin.get("/opinion-forms/" + form + "?unit=" + t.province()).body();
        assertThat(page).contains("Dự thảo chương trình hành động", "Đảng bộ huyện Tiên Phong", "Cần bổ sung chỉ tiêu cụ thể cho từng xã");
        String csv = new String(admin.download("/opinion-forms/" + form + "/export.csv?unit=" + t.province()).body(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines).contains("Đảng bộ huyện Tiên Phong;1;Mục tiêu đến năm 2030;1;0;1", "Đảng bộ huyện Đông Sơn;1;Mục tiêu đến năm 2030;0;0;1");
    }
}

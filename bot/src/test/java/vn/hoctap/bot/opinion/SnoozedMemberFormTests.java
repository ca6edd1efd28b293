package vn.hoctap.bot.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.hoctap.bot.conference.ConferenceTreeAccess;
import vn.hoctap.bot.telegram.fake.FakeUser;
import vn.hoctap.bot.telegram.fake.SentMessage;
import vn.hoctap.bot.testing.BotIntegrationTest;

/**
 * "⏰ Nhắc tôi sau" postpones reminders to study, not everything of the campaign: a member who snoozed
 * still gets the opinion form (and, the same way, a conference's convocation) at once.
 */
class SnoozedMemberFormTests extends BotIntegrationTest {

    @Test
    void memberWhoSnoozedStillGetsTheOpinionFormAtOnce() throws Exception {
        var t = ConferenceTreeAccess.tree(units, members, documents, campaigns, this::newUser, System.nanoTime() % 1_000_000 + 500_000);
        FakeUser sleepy = t.x0();
        sleepy.sendText("/help");
        SentMessage help = awaitText(sleepy, "Hoctap Bot giúp đảng viên");
        String tap = sleepy.pressData(help, "z:" + t.campaign());
        assertThat(telegram.awaitCallbackAnswer(tap, WAIT)).isEqualTo("Đã hoãn: bot sẽ nhắc lại sau 1 ngày.");

        var created = http("POST", "/api/opinion-forms", """
                {"campaignId": %d, "title": "Dự thảo nghị quyết đại hội", "questions": ["Phương hướng nhiệm kỳ"]}"""
                .formatted(t.campaign()), ADMIN_TOKEN);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        SentMessage question = awaitText(sleepy, "📝 PHIẾU LẤY Ý KIẾN: Dự thảo nghị quyết đại hội\nCâu 1/1: Phương hướng nhiệm kỳ");
        assertThat(question.buttonTexts()).containsExactly("Đồng ý", "Đồng ý một phần", "Không đồng ý");
    }
}

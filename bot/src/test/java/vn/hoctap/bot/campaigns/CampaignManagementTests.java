package vn.hoctap.bot.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hoctap.bot.campaigns.CampaignDeliveryTests.awaitTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.hoctap.bot.telegram.fake.FakeUser;
import vn.hoctap.bot.telegram.fake.SentMessage;
import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.bot.testing.CampaignFixture;
import vn.hoctap.scheduler.campaign.Campaign;
import vn.hoctap.scheduler.campaign.CampaignSteps;
import vn.hoctap.scheduler.campaign.NewCampaign;
import vn.hoctap.scheduler.unit.OutOfScopeException;
import vn.hoctap.scheduler.unit.Requester;

/** Secretaries' reminders and digests, escalation after the deadline, and the campaign REST API. */
class CampaignManagementTests extends BotIntegrationTest {

    private static final AtomicLong bases = new AtomicLong(4_000_000_000L);

    @Autowired
    vn.hoctap.content.quiz.QuizRepository quizzes;
    @Autowired
    CampaignSteps steps;

    private CampaignFixture fixture() {
        return campaignFixture(bases);
    }

    private FakeUser secretaryOf(CampaignFixture f, long unit, String name) {
        FakeUser user = newUser(name);
        long member = members.create(unit, name).id();
        members.linkTelegram(member, user.userId());
        jdbc.sql("INSERT INTO unit_roles (unit_id, member_id, role) VALUES (:u, :m, 'SECRETARY')").param("m", member).param("u", unit).update();
        return user;
    }

    @Test
    void cellSecretaryPreviewsAndPushesAReminderToTheirOwnCellWithinTheDailyCap() {
        CampaignFixture f = fixture();
        List<Long> chats = f.members(8);
        FakeUser secretary = secretaryOf(f, f.cellA, "Bí thư Lan");
        Campaign c = f.campaign(Instant.now().minusSeconds(60), Duration.ofDays(10), false);
        // Two members of cell A (even numbers) have finished.
        jdbc.sql("""
                INSERT INTO confirmations (member_id, assignment_id)
                SELECT m.id, a.id FROM members m, assignments a
                 WHERE a.campaign_id = :c AND m.telegram_user_id IN (:x, :y)""")
                .param("c", c.id()).param("x", chats.get(1)).param("y", chats.get(3)).update();

        secretary.sendText("/nhacnho");
        SentMessage pick = awaitText(secretary, "Chọn đợt học tập");
        secretary.press(pick, "📣 " + c.name());
        // Cell A has 4 fixture members + the secretary; 2 are done. The secretary reads the preview and is not reminded.
        SentMessage preview = awaitText(secretary, "3 đồng chí chưa hoàn thành");
        assertThat(preview.text()).contains("Chi bộ thôn Đông", "Còn 2 lượt nhắc", "Sẽ nhận nhắc nhở (2)", "Đồng chí cũng chưa hoàn thành");
        assertThat(preview.text()).doesNotContain("Đảng viên số 1\n");
        secretary.press(preview, "📣 Gửi nhắc nhở (2)");
        awaitText(secretary, "Đã xếp lịch gửi nhắc nhở đến 2 đồng chí");
        // The pushes go out after each member's announcement (nothing of a campaign overtakes it).
        awaitTrue(() -> jdbc.sql("SELECT count(*) FROM outbox WHERE campaign_id = :c AND step LIKE 'push-%' AND status = 'SENT'")
                .param("c", c.id()).query(Long.class).single() == 2, "two pushes delivered");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM outbox p JOIN outbox a ON a.campaign_id = p.campaign_id AND a.member_id = p.member_id
                 WHERE p.campaign_id = :c AND p.step LIKE 'push-%' AND a.step = 'announce' AND a.sent_at <= p.sent_at""")
                .param("c", c.id()).query(Long.class).single()).as("each push after the member's announcement").isEqualTo(2);
        assertThat(telegram.lastMessage(chats.get(5)).text()).contains("Bí thư Lan", "bí thư chi bộ");
        assertThat(jdbc.sql("SELECT count(*) FROM outbox WHERE step LIKE 'push-%' AND member_id = :m")
                .param("m", f.memberWithChat(chats.get(0))).query(Long.class).single()).as("cell B gets no push").isZero();

        // Pressing the old button again at once queues nothing more.
        secretary.press(preview, "📣 Gửi nhắc nhở (2)");
        awaitText(secretary, "vừa được gửi cách đây chưa đến một phút");
        jdbc.sql("UPDATE secretary_pushes SET created_at = created_at - interval '1 hour'").update();
        secretary.press(preview, "📣 Gửi nhắc nhở (2)");
        // Counted, not found by message id: the secretary's own announcement may land anywhere in this chat.
        awaitTrue(() -> telegram.sentMessages(secretary.chatId()).stream().filter(m -> m.text().contains("đến 2 đồng chí")).count() == 2,
                "a second push queued an hour later");
        jdbc.sql("UPDATE secretary_pushes SET created_at = created_at - interval '1 hour'").update();
        secretary.press(preview, "📣 Gửi nhắc nhở (2)");
        awaitText(secretary, "đã dùng hết lượt nhắc hôm nay");
    }

    @Test
    void membersWhoAreNotSecretariesCannotPush() {
        FakeUser someone = newUser("Thường");
        members.linkTelegram(members.create(fixture().cellA, "Đảng viên thường").id(), someone.userId());
        someone.sendText("/nhacnho");
        awaitText(someone, "dành cho bí thư chi bộ");
        String tampered = someone.pressData(telegram.lastMessage(someone.chatId()), "ns:1");
        telegram.awaitCallbackAnswer(tampered, WAIT);
        telegram.awaitMessageCount(someone.chatId(), 2, WAIT);
        assertThat(telegram.lastMessage(someone.chatId()).text()).contains("dành cho bí thư chi bộ");
    }

    @Test
    void dailyDigestListsWhoIsNotDoneAndItsButtonLeadsToThePreview() {
        CampaignFixture f = fixture();
        f.members(4);
        FakeUser secretary = secretaryOf(f, f.cellB, "Bí thư Hùng");
        Campaign c = f.campaign(Instant.now().minusSeconds(60), Duration.ofDays(10), false);
        assertThat(steps.digest(c.id(), LocalDate.now())).isEqualTo(1);
        assertThat(steps.digest(c.id(), LocalDate.now())).as("once per day").isZero();
        SentMessage digest = awaitText(secretary, "Tổng hợp hằng ngày");
        assertThat(digest.text()).contains("Chi bộ thôn Tây: 3/3 đồng chí chưa hoàn thành", "• Đảng viên số 1", "• Bí thư Hùng");
        secretary.press(digest, "📣 Nhắc các đồng chí chưa hoàn thành");
        awaitText(secretary, "Gửi nhắc nhở?");
    }

    @Test
    void afterTheDeadlineTheCommuneSecretaryHearsAboutLaggingCells() {
        CampaignFixture f = fixture();
        List<Long> chats = f.members(10);
        FakeUser communeSecretary = secretaryOf(f, f.commune, "Bí thư xã Minh");
        Campaign c = f.campaign(Instant.now().minusSeconds(60), Duration.ofDays(10), false);
        // Cell A (even) all done; cell B (odd) none.
        jdbc.sql("""
                INSERT INTO confirmations (member_id, assignment_id)
                SELECT m.id, a.id FROM members m, assignments a WHERE a.campaign_id = :c AND m.unit_id = :cell""")
                .param("c", c.id()).param("cell", f.cellA).update();
        assertThat(steps.run(c.id(), "escalate")).isEqualTo(1);
        SentMessage lagging = awaitText(communeSecretary, "chưa đạt yêu cầu");
        assertThat(lagging.text()).contains("Đảng bộ xã Hòa Bình", "Chi bộ thôn Tây: 0/5 đồng chí (0%)").doesNotContain("thôn Đông");
        assertThat(chats).isNotEmpty();
    }

    @Test
    void aLaterDeadlineRemindsAgainWithoutAnnouncingAgain() {
        CampaignFixture f = fixture();
        f.members(3);
        Campaign c = withoutJobs(() -> f.campaign(Instant.now().minusSeconds(60), Duration.ofDays(10), false));
        assertThat(steps.run(c.id(), "announce")).isEqualTo(3);
        assertThat(steps.run(c.id(), "remind-PT72H")).isEqualTo(3);
        campaigns.editDeadline(c.id(), c.deadline().plus(Duration.ofDays(7)), Requester.admin());
        assertThat(steps.run(c.id(), "remind-PT72H")).as("the old step is no longer in the plan").isZero();
        assertThat(steps.run(c.id(), "remind-PT72H-r1")).as("the reminder before the new deadline").isEqualTo(3);
        assertThat(steps.run(c.id(), "announce")).as("no second announcement").isZero();
        assertThat(count("SELECT count(*) FROM qrtz_triggers WHERE trigger_name LIKE 'c" + c.id() + "-remind-PT72H-r1'")).isEqualTo(1);
    }

    @Test
    void secretaryMayCreateCampaignsOnlyForTheirOwnSubtree() {
        CampaignFixture f = fixture();
        long secretary = members.create(f.cellA, "Bí thư").id();
        var own = new NewCampaign("Chi bộ tự học", List.of(f.document), List.of(f.cellA), Instant.now(), Instant.now().plus(Duration.ofDays(5)),
                null, null, false, 80);
        Campaign created = campaigns.create(own, Requester.secretary(secretary, f.cellA));
        assertThat(created.ownerUnitId()).isEqualTo(f.cellA);
        var wider = new NewCampaign("Cả xã", List.of(f.document), List.of(f.commune), Instant.now(), Instant.now().plus(Duration.ofDays(5)),
                null, null, false, 80);
        assertThatThrownBy(() -> campaigns.create(wider, Requester.secretary(secretary, f.cellA))).isInstanceOf(OutOfScopeException.class);
        Campaign adminOnes = f.campaign(Instant.now(), Duration.ofDays(5), false);
        assertThatThrownBy(() -> campaigns.cancel(adminOnes.id(), Requester.secretary(secretary, f.cellA)))
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void restApiCreatesReschedulesReportsAndCancels() throws Exception {
        CampaignFixture f = fixture().withQuizQuestions(quizzes);
        f.members(3);
        // Tomorrow at 10:00 in Vietnam: started at the run's time of day, a run just after midnight there had a
        // deadline at 00:05, and the reminder on the deadline's morning (07:00) rightly fell past it.
        Instant start = java.time.LocalDate.now(VIETNAM).plusDays(1).atTime(10, 0).atZone(VIETNAM).toInstant();
        Instant deadline = start.plus(Duration.ofDays(14));
        var created = http("POST", "/api/campaigns", """
                {"name":"Học tập Nghị quyết Trung ương 8","documentIds":[%d],"unitIds":[%d],"startsAt":"%s","deadline":"%s",
                 "rules":{"requireSummary":true,"requireQuiz":true,"requireReflection":true,"passMark":80},
                 "reminders":{"offsetDays":[7,3,1]}}""".formatted(f.document, f.province, start, deadline), ADMIN_TOKEN);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"step\":\"announce\"", "\"step\":\"remind-PT168H\"", "\"step\":\"escalate\"",
                "\"step\":\"digest\"", "\"requireQuiz\":true");
        long id = Long.parseLong(created.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        assertThat(count("SELECT count(*) FROM assignments WHERE campaign_id = " + id)).isEqualTo(1);

        var moved = http("PUT", "/api/campaigns/" + id + "/deadline", "{\"deadline\":\"" + deadline.plus(Duration.ofDays(7)) + "\"}",
                ADMIN_TOKEN);
        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM assignments WHERE campaign_id = " + id + " AND deadline = '"
                + deadline.plus(Duration.ofDays(7)) + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM qrtz_triggers WHERE trigger_name LIKE 'c" + id + "-%'")).isEqualTo(7);

        var progress = http("GET", "/api/campaigns/" + id + "/delivery", null, ADMIN_TOKEN);
        assertThat(progress.statusCode()).isEqualTo(200);
        assertThat(progress.body()).contains("\"campaignId\":" + id);

        var cancelled = http("POST", "/api/campaigns/" + id + "/cancel", null, ADMIN_TOKEN);
        assertThat(cancelled.body()).contains("\"cancelled\":true");
        assertThat(count("SELECT count(*) FROM qrtz_triggers WHERE trigger_name LIKE 'c" + id + "-%'")).isZero();
        assertThat(steps.run(id, "announce")).isZero();

        assertThat(http("POST", "/api/campaigns", "{\"name\":\"x\",\"documentIds\":[],\"unitIds\":[1],\"deadline\":\"" + deadline + "\"}",
                ADMIN_TOKEN).statusCode()).isEqualTo(400);
        assertThat(http("GET", "/api/campaigns/999999", null, ADMIN_TOKEN).statusCode()).isEqualTo(404);
        assertThat(http("POST", "/api/campaigns/" + id + "/cancel", null, null).statusCode()).isEqualTo(401);
    }
}

package vn.hoctap.bot.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
import vn.hoctap.scheduler.member.MemberStatus;
import vn.hoctap.scheduler.unit.Requester;

/**
 * The secretary in Telegram, through the fake Bot API: the secretary named through the API, the cell
 * view (/chibo) with every reason a member is not done and a reminder to one member, the /nhacnho
 * preview naming unlinked, blocked and snoozed members, the campaign's own quiet hours, a second tap
 * within a minute, and the commune secretary's daily digest of lagging cells.
 */
class SecretaryChatTests extends BotIntegrationTest {

    private static final AtomicLong bases = new AtomicLong(8_000_000_000L);

    @Autowired
    vn.hoctap.content.quiz.QuizRepository quizzes;
    @Autowired
    CampaignSteps steps;

    private CampaignFixture fixture() {
        return campaignFixture(bases);
    }

    /** A linked member of the unit named secretary through the REST API, as an admin would. */
    private FakeUser secretaryOf(long unit, String name) throws Exception {
        FakeUser user = newUser(name);
        long member = members.create(unit, name).id();
        members.linkTelegram(member, user.userId());
        var r = http("PUT", "/api/units/" + unit + "/roles/" + member, "{\"role\":\"SECRETARY\"}", ADMIN_TOKEN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return user;
    }

    private long linked(long unit, String name, long chat) {
        long id = members.create(unit, name).id();
        members.linkTelegram(id, chat);
        return id;
    }

    @Test
    void cellViewExplainsEveryMemberAndRemindsOneOrAll() throws Exception {
        CampaignFixture f = fixture().withQuizQuestions(quizzes);
        long b = f.chatBase;
        FakeUser secretary = secretaryOf(f.cellA, "Bí thư Ngọc");
        // Quiet hours 22:00–06:00 (the campaign's own), quiz and reflection required.
        var reminders = new Campaign.ReminderSettings(List.of(Duration.ofDays(1)), false, LocalTime.of(22, 0), LocalTime.of(6, 0),
                false, false);
        Campaign c = withoutJobs(() -> campaigns.create(new NewCampaign("Học tập Nghị quyết " + b, List.of(f.document), List.of(f.province),
                Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(7)), new Campaign.CompletionRules(true, true, true, 80),
                reminders, false, 80), Requester.admin()));
        long assignment = count("SELECT id FROM assignments WHERE campaign_id = " + c.id());
        long done = linked(f.cellA, "Phan Hoàn Thành", b + 1);
        long unopened = linked(f.cellA, "Ngô Chưa Mở", b + 2);
        long quiz = linked(f.cellA, "Đinh Chưa Đạt", b + 3);
        long reflection = linked(f.cellA, "Lý Chưa Nộp", b + 4);
        long confirm = linked(f.cellA, "Mai Chưa Xác Nhận", b + 5);
        members.create(f.cellA, "Hà Chưa Liên Kết");
        long blocked = linked(f.cellA, "Tạ Đã Chặn", b + 7);
        members.setStatus(blocked, MemberStatus.BLOCKED);
        long snoozed = linked(f.cellA, "Vũ Hẹn Sau", b + 8);
        linked(f.cellB, "Người Chi Bộ Khác", b + 9);
        jdbc.sql("INSERT INTO confirmations (member_id, assignment_id) VALUES (:m, :a)").param("m", done).param("a", assignment).update();
        for (long m : List.of(quiz, reflection, confirm, snoozed)) {
            jdbc.sql("INSERT INTO assignment_views (member_id, assignment_id) VALUES (:m, :a)").param("m", m).param("a", assignment).update();
        }
        for (long m : List.of(reflection, confirm)) {
            jdbc.sql("""
                    INSERT INTO quiz_attempts (member_id, assignment_id, mode, finished_at, score, total, passed)
                    VALUES (:m, :a, 'INLINE', now(), 5, 5, true)""").param("m", m).param("a", assignment).update();
        }
        jdbc.sql("""
                INSERT INTO reflections (member_id, assignment_id, reflection, reflection_at, plan, plan_at)
                VALUES (:m, :a, 'Thu hoạch', now(), 'Kế hoạch', now())""").param("m", confirm).param("a", assignment).update();
        jdbc.sql("INSERT INTO campaign_snoozes (campaign_id, member_id, until) VALUES (:c, :m, :u)").param("c", c.id())
                .param("m", snoozed).param("u", Timestamp.from(Instant.now().plus(Duration.ofHours(20)))).update();

        secretary.sendText("/chibo");
        SentMessage view = awaitText(secretary, "Đã hoàn thành 1/9 đồng chí");
        assertThat(view.text()).contains("Chi bộ thôn Đông — Học tập Nghị quyết " + b, "⏳ Chưa hoàn thành (8):",
                "• Ngô Chưa Mở — chưa mở tài liệu", "• Đinh Chưa Đạt — chưa đạt bài kiểm tra",
                "• Lý Chưa Nộp — chưa nộp bài thu hoạch", "• Mai Chưa Xác Nhận — chưa xác nhận học xong",
                "• Hà Chưa Liên Kết — chưa liên kết Telegram", "• Tạ Đã Chặn — đã chặn bot", "• Vũ Hẹn Sau — chưa đạt bài kiểm tra (hẹn nhắc lại sau",
                "✅ Đã hoàn thành (1):\n• Phan Hoàn Thành").doesNotContain("Người Chi Bộ Khác");
        assertThat(view.buttonTexts()).contains("🔔 Nhắc Ngô Chưa Mở", "🔔 Nhắc Vũ Hẹn Sau", "📣 Nhắc tất cả chưa hoàn thành (5)")
                .doesNotContain("🔔 Nhắc Hà Chưa Liên Kết", "🔔 Nhắc Tạ Đã Chặn", "🔔 Nhắc Phan Hoàn Thành", "🔔 Nhắc Bí thư Ngọc");
        assertThat(view.text()).as("the secretary is honest about themself").contains("• Bí thư Ngọc — chưa mở tài liệu");

        secretary.press(view, "🔔 Nhắc Ngô Chưa Mở");
        awaitText(secretary, "Đã xếp lịch nhắc đồng chí Ngô Chưa Mở");
        assertThat(count("SELECT count(*) FROM outbox WHERE campaign_id = " + c.id() + " AND member_id = " + unopened
                + " AND step LIKE 'push1-%' AND body LIKE '%Bí thư Ngọc%'")).isEqualTo(1);
        secretary.press(view, "🔔 Nhắc Ngô Chưa Mở");
        awaitText(secretary, "Hôm nay đồng chí Ngô Chưa Mở đã được nhắc rồi");
        // A forged button for a member of another cell is refused.
        long stranger = count("SELECT id FROM members WHERE telegram_user_id = " + (b + 9));
        secretary.pressData(view, "cr:" + c.id() + ":" + stranger);
        awaitText(secretary, "đã hoàn thành hoặc bot không nhắn được");

        secretary.press(view, "📣 Nhắc tất cả chưa hoàn thành (5)");
        SentMessage preview = awaitText(secretary, "Gửi nhắc nhở?");
        assertThat(preview.text()).startsWith("📣 Học tập Nghị quyết " + b + "\nChi bộ thôn Đông: 8 đồng chí chưa hoàn thành.")
                .doesNotContain("Chi bộ Chi bộ")
                .contains("Sẽ nhận nhắc nhở (4):", "• Ngô Chưa Mở", "Đồng chí cũng chưa hoàn thành đợt học tập này",
                        "sẽ nhận khi hết hẹn (1):\n• Vũ Hẹn Sau (sau ",
                        "Chưa liên kết Telegram, bot không nhắn được (1):\n• Hà Chưa Liên Kết", "Phiếu mời liên kết",
                        "Đã chặn bot, không liên lạc được (1):\n• Tạ Đã Chặn")
                .doesNotContain("• Bí thư Ngọc");
        assertThat(preview.buttonTexts()).containsExactly("📣 Gửi nhắc nhở (5)");
        secretary.press(preview, "📣 Gửi nhắc nhở (5)");
        SentMessage sent = awaitText(secretary, "Đã xếp lịch gửi nhắc nhở đến 5 đồng chí");
        assertThat(sent.text()).contains("ngoài giờ nghỉ 22:00–06:00 của đợt học tập").doesNotContain("21:00");
        assertThat(count("SELECT count(*) FROM outbox WHERE campaign_id = " + c.id() + " AND step LIKE 'push-%'")).isEqualTo(5);
        assertThat(count("SELECT count(*) FROM outbox WHERE campaign_id = " + c.id() + " AND step LIKE 'push-%' AND member_id = "
                + snoozed + " AND not_before > now() + interval '19 hours'")).isEqualTo(1);

        secretary.press(preview, "📣 Gửi nhắc nhở (5)");
        SentMessage again = awaitText(secretary, "chưa đến một phút");
        assertThat(again.text()).doesNotContain("đến 0 đồng chí");
        assertThat(count("SELECT count(*) FROM outbox WHERE campaign_id = " + c.id() + " AND step LIKE 'push-%'")).isEqualTo(5);
    }

    @Test
    void theCommuneSecretaryGetsTheDailyDigestOfItsLaggingCells() throws Exception {
        CampaignFixture f = fixture();
        f.members(6);
        FakeUser commune = secretaryOf(f.commune, "Bí thư xã Hòa");
        Campaign c = withoutJobs(() -> f.campaign(Instant.now().minusSeconds(60), Duration.ofDays(10), false));
        jdbc.sql("""
                INSERT INTO confirmations (member_id, assignment_id)
                SELECT m.id, a.id FROM members m, assignments a WHERE a.campaign_id = :c AND m.unit_id = :cell""")
                .param("c", c.id()).param("cell", f.cellA).update();

        steps.digest(c.id(), LocalDate.now());

        SentMessage digest = awaitText(commune, "Tổng hợp hằng ngày");
        assertThat(digest.text()).contains("Đảng bộ xã Hòa Bình: 1/2 chi bộ chưa đạt 80%", "• Chi bộ thôn Tây: 0/3 đồng chí (0%)")
                .doesNotContain("thôn Đông");
        assertThat(count("SELECT count(*) FROM outbox WHERE campaign_id = " + c.id() + " AND step LIKE 'digest-%-u%'")).isEqualTo(1);
        steps.digest(c.id(), LocalDate.now());
        assertThat(count("SELECT count(*) FROM outbox WHERE campaign_id = " + c.id() + " AND step LIKE 'digest-%-u%'")).as("once a day")
                .isEqualTo(1);
    }

    @Test
    void aDeputyHasTheCellViewAndAMemberWithoutARoleIsToldWhoItIsFor() throws Exception {
        CampaignFixture f = fixture();
        f.members(2);
        Campaign c = withoutJobs(() -> f.campaign(Instant.now().minusSeconds(60), Duration.ofDays(10), false));
        FakeUser deputy = newUser("Phó");
        long member = members.create(f.cellB, "Phó Bí Thư Lâm").id();
        members.linkTelegram(member, deputy.userId());
        assertThat(http("PUT", "/api/units/" + f.cellB + "/roles/" + member, "{\"role\":\"DEPUTY\"}", ADMIN_TOKEN).statusCode()).isEqualTo(200);
        deputy.sendText("/chibo");
        assertThat(awaitText(deputy, "Chi bộ thôn Tây — ").text()).contains("Đã hoàn thành 0/2 đồng chí");

        FakeUser someone = newUser("Thường");
        members.linkTelegram(members.create(f.cellA, "Đảng viên thường").id(), someone.userId());
        someone.sendText("/chibo");
        awaitText(someone, "dành cho bí thư chi bộ và phó bí thư");
    }
}

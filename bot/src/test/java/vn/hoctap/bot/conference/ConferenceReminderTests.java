package vn.hoctap.bot.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.hoctap.bot.conference.ConferenceTree.Person;
import vn.hoctap.bot.telegram.fake.SentMessage;
import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.scheduler.conference.ConferenceSteps;

/**
 * Before a conference: its Quartz jobs, the reminders through the outbox (never to a member who said
 * they will be absent), the convocation sent at once but the hour-before reminder dropped when quiet
 * hours would hold them past the start, a scan before check-in opens, and refused conferences.
 */
class ConferenceReminderTests extends BotIntegrationTest {

    private static final AtomicLong tags = new AtomicLong(System.nanoTime() % 1_000_000 + 500_000);

    @Autowired
    ConferenceSteps steps;
    @Autowired
    vn.hoctap.scheduler.conference.CheckInCodes codes;

    private ConferenceTree tree() {
        return new ConferenceTree(units, members, documents, campaigns, this::newUser, tags.addAndGet(7));
    }

    private long create(ConferenceTree t, Instant start) throws Exception {
        String body = """
                {"campaignId": %d, "name": "Hội nghị trực tuyến", "startsAt": "%s", "endsAt": "%s", "documentIds": [%d],
                 "points": [{"unitId": %d, "place": "Hội trường A"}, {"unitId": %d, "place": "Hội trường B"}]}"""
                .formatted(t.campaign, start, start.plus(Duration.ofHours(2)), t.document, t.d1, t.d2);
        var r = http("POST", "/api/conferences", body, ADMIN_TOKEN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Long.parseLong(r.body().replaceAll("(?s)^\\{\"conference\":\\{\"id\":(\\d+).*", "$1"));
    }

    @Test
    void remindersGoThroughTheOutboxAndSkipMembersWhoSaidAbsent() throws Exception {
        ConferenceTree t = tree();
        long conf = create(t, Instant.now().plus(Duration.ofHours(3)));
        assertThat(jdbc.sql("SELECT job_name FROM qrtz_job_details WHERE job_group = 'conferences' AND job_name LIKE :p ORDER BY job_name")
                .param("p", "conf" + conf + "-%").query(String.class).list()).containsExactly("conf" + conf + "-end", "conf" + conf + "-hour");
        Person absent = t.y.get(0);
        SentMessage invite = awaitText(absent.user(), "GIẤY TRIỆU TẬP");
        absent.user().press(invite, "❌ Vắng");
        absent.user().press(awaitText(absent.user(), "vắng mặt vì lý do gì"), "Việc gia đình");
        awaitText(absent.user(), "Đã ghi nhận: đồng chí vắng mặt (Việc gia đình)");

        // 60 convened, 2 without Telegram, 1 absent: 57 reminders, queued once however often the step runs.
        assertThat(steps.remind(conf, true)).isEqualTo(57);
        assertThat(steps.remind(conf, true)).isZero();
        SentMessage reminder = awaitText(t.x.get(0).user(), "⏰ Còn khoảng một giờ nữa");
        assertThat(reminder.text()).contains("Hội nghị trực tuyến", "Đảng bộ huyện Tiên Phong — Hội trường A");
        assertThat(count("SELECT count(*) FROM outbox WHERE step = 'conf" + conf + "-hour' AND member_id = " + absent.memberId())).isZero();

        // Check-in is not open three hours before: a genuine current code gets a clear answer, nothing is stored.
        t.x.get(1).user().sendText("/start " + codes.code(count("SELECT min(id) FROM conference_points WHERE conference_id = " + conf),
                Instant.now()));
        awaitText(t.x.get(1).user(), "Hội nghị không trong thời gian điểm danh");
        assertThat(count("SELECT count(*) FROM conference_attendees WHERE conference_id = " + conf + " AND checked_in_at IS NOT NULL")).isZero();
    }

    @Test
    void hourBeforeReminderIsDroppedWhenQuietHoursLastPastTheStart() throws Exception {
        ConferenceTree t = tree();
        ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
        LocalTime local = LocalTime.now(zone);
        jdbc.sql("UPDATE campaigns SET quiet_start = :s, quiet_end = :e WHERE id = :c").param("s", local.minusHours(1))
                .param("e", local.plusHours(4)).param("c", t.campaign).update();
        long conf = create(t, Instant.now().plus(Duration.ofHours(2)));
        assertThat(steps.remind(conf, true)).isZero();
        // The convocation itself, which quiet hours would hold past the start, goes at once.
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> count("SELECT count(*) FROM outbox WHERE step = 'conf" + conf
                + "-invite' AND status = 'SENT'") == 58);
    }

    @Test
    void conferencesThatCannotHappenAreRefusedWithAReason() throws Exception {
        ConferenceTree t = tree();
        var noPoints = http("POST", "/api/conferences", """
                {"campaignId": %d, "name": "Hội nghị", "startsAt": "2030-01-01T01:00:00Z", "endsAt": "2030-01-01T03:00:00Z",
                 "documentIds": [%d], "points": []}""".formatted(t.campaign, t.document), ADMIN_TOKEN);
        assertThat(noPoints.statusCode()).isEqualTo(400);
        assertThat(noPoints.body()).contains("Hội nghị cần từ 1 đến 2.000 điểm cầu", "\"field\":\"unitIds\"");
        var backwards = http("POST", "/api/conferences", """
                {"campaignId": %d, "name": "Hội nghị", "startsAt": "2030-01-01T03:00:00Z", "endsAt": "2030-01-01T01:00:00Z",
                 "documentIds": [%d], "points": [{"unitId": %d, "place": "A"}]}""".formatted(t.campaign, t.document, t.d1), ADMIN_TOKEN);
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("Thời điểm kết thúc phải sau thời điểm bắt đầu.").doesNotContain("the end must be");
        var unknownUnit = http("POST", "/api/conferences", """
                {"campaignId": %d, "name": "Hội nghị", "startsAt": "2030-01-01T01:00:00Z", "endsAt": "2030-01-01T03:00:00Z",
                 "documentIds": [%d], "points": [{"unitId": 999999999, "place": "A"}]}""".formatted(t.campaign, t.document), ADMIN_TOKEN);
        assertThat(unknownUnit.statusCode()).isEqualTo(404);
        assertThat(count("SELECT count(*) FROM conferences WHERE campaign_id = " + t.campaign)).isZero();
        assertThat(List.of(http("GET", "/api/conferences/999999999/board", null, ADMIN_TOKEN).statusCode())).containsExactly(404);
    }
}

package vn.hoctap.bot.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;

import vn.hoctap.bot.telegram.fake.FakeUser;
import vn.hoctap.bot.testing.BotIntegrationTest;

/** The convocation says the date once for a conference within one day, and both dates when it spans two. */
class ConvocationTimeTests extends BotIntegrationTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void sameDayConferenceNamesTheDateOnceAndATwoDayOneBoth() throws Exception {
        ConferenceTree t = new ConferenceTree(units, members, documents, campaigns, this::newUser, System.nanoTime() % 1_000_000 + 800_000);
        LocalDate day = LocalDate.now(VN).plusDays(3);
        create(t, "Hội nghị buổi sáng", day.atTime(LocalTime.of(8, 0)), day.atTime(LocalTime.of(11, 30)));
        create(t, "Hội nghị hai ngày", day.atTime(LocalTime.of(14, 0)), day.plusDays(1).atTime(LocalTime.of(16, 30)));

        FakeUser x0 = t.x.get(0).user();
        assertThat(awaitText(x0, "dự Hội nghị buổi sáng").text())
                .contains("🕗 Thời gian: 08:00 đến 11:30 ngày " + DAY.format(day) + "\n");
        assertThat(awaitText(x0, "dự Hội nghị hai ngày").text())
                .contains("🕗 Thời gian: 14:00 ngày " + DAY.format(day) + " đến 16:30 ngày " + DAY.format(day.plusDays(1)) + "\n");
    }

    private void create(ConferenceTree t, String name, java.time.LocalDateTime start, java.time.LocalDateTime end) throws Exception {
        String body = """
                {"campaignId": %d, "name": "%s", "startsAt": "%s", "endsAt": "%s", "documentIds": [%d],
                 "points": [{"unitId": %d, "place": "Hội trường Huyện ủy"}]}"""
                .formatted(t.campaign, name, start.atZone(VN).toInstant(), end.atZone(VN).toInstant(), t.document, t.d1);
        var r = http("POST", "/api/conferences", body, ADMIN_TOKEN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }
}

package vn.hoctap.bot.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hoctap.bot.conference.ConferenceTree.Person;
import vn.hoctap.bot.telegram.fake.SentMessage;
import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.bot.testing.DashboardClient;
import vn.hoctap.scheduler.assignment.StudyRecords;
import vn.hoctap.scheduler.conference.CheckInCodes;

/**
 * A conference end to end through the fake Bot API, on a hand-counted tree ({@link ConferenceTree}):
 * 3 points and 60 convened members; convocation, RSVP with a reason, scans of the rotating code
 * (current, second, expired, another point's, not convened, forged), the secretary's roll-call and
 * non-member count, the board's figures and sentence, the end with make-up study for absentees
 * through the study loop, and the results by unit with both percentages.
 */
class ConferenceTests extends BotIntegrationTest {

    private static final AtomicLong tags = new AtomicLong(System.nanoTime() % 1_000_000);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    CheckInCodes codes;
    @Autowired
    StudyRecords studyRecords;
    @Autowired
    vn.hoctap.bot.onboarding.Invitations invitations;
    @Autowired
    vn.hoctap.scheduler.conference.ConferenceSteps conferenceSteps;

    private ConferenceTree tree() {
        return new ConferenceTree(units, members, documents, campaigns, this::newUser, tags.addAndGet(7));
    }

    private JsonNode create(ConferenceTree t, Instant start, Instant end) throws Exception {
        String body = """
                {"campaignId": %d, "name": "Hội nghị quán triệt Nghị quyết", "startsAt": "%s", "endsAt": "%s", "documentIds": [%d],
                 "makeupDays": 10, "points": [{"unitId": %d, "place": "Hội trường Huyện ủy"}, {"unitId": %d, "place": "Nhà văn hóa xã"},
                 {"unitId": %d, "place": "Hội trường Đông Sơn"}]}""".formatted(t.campaign, start, end, t.document, t.d1, t.c1, t.d2);
        var r = http("POST", "/api/conferences", body, ADMIN_TOKEN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body());
    }

    private long point(JsonNode created, long unit) {
        for (JsonNode p : created.get("points")) {
            if (p.get("unitId").asLong() == unit) {
                return p.get("id").asLong();
            }
        }
        throw new AssertionError("no point for unit " + unit);
    }

    private void scan(Person p, String code, String expected) {
        int before = telegram.sentMessages(p.user().chatId()).size();
        p.user().sendText("/start " + code);
        SentMessage answer = telegram.awaitMessage(p.user().chatId(),
                m -> telegram.sentMessages(p.user().chatId()).indexOf(m) >= before && m.text().contains(expected), WAIT);
        assertThat(answer.text()).contains(expected);
    }

    private void secretary(long unit, Person p) throws Exception {
        var r = http("PUT", "/api/units/" + unit + "/roles/" + p.memberId(), "{\"role\":\"SECRETARY\"}", ADMIN_TOKEN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    @Test
    void conferenceFromConvocationToMakeupStudyCountsEveryoneOnce() throws Exception {
        ConferenceTree t = tree();
        Instant now = Instant.now();
        JsonNode created = create(t, now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofHours(2)));
        long conf = created.get("conference").get("id").asLong();
        assertThat(created.get("convened").asLong()).isEqualTo(60);
        long p1 = point(created, t.d1);
        long p2 = point(created, t.c1);
        long p3 = point(created, t.d2);

        // Convocation with time, place and documents; RSVP "Tham dự" and "Vắng" with a reason.
        Person x0 = t.x.get(0);
        SentMessage invite = awaitText(x0.user(), "GIẤY TRIỆU TẬP");
        assertThat(invite.text()).contains("Kính gửi đồng chí " + x0.name(), "Hội nghị quán triệt Nghị quyết",
                "Đảng bộ xã Hòa Bình — Nhà văn hóa xã", t.documentCode + " — Về xây dựng đội ngũ trí thức");
        assertThat(invite.buttonTexts()).containsExactly("✅ Tham dự", "❌ Vắng");
        x0.user().press(invite, "✅ Tham dự");
        awaitText(x0.user(), "Đã ghi nhận: đồng chí sẽ tham dự");
        rsvpAbsent(t.y.get(12), "Đi công tác");
        rsvpAbsent(t.x.get(12), "Ốm");

        // Scans of the current code check in once; the rest get clear answers and change nothing.
        scan(x0, codes.code(p2, Instant.now()), "✅ Đã điểm danh: đồng chí có mặt tại điểm cầu Đảng bộ xã Hòa Bình — Nhà văn hóa xã");
        scan(x0, codes.code(p2, Instant.now()), "Đồng chí đã điểm danh tại điểm cầu này rồi");
        scan(t.x.get(13), codes.code(p2, Instant.now().minusSeconds(95)), "Mã QR này đã hết hạn");
        scan(x0, codes.code(p2, Instant.now().minusSeconds(95)), "Đồng chí đã điểm danh tại điểm cầu này rồi");
        scan(x0, codes.code(p1, Instant.now().minusSeconds(95)), "Mã QR này đã hết hạn");
        scan(t.x.get(14), codes.code(p3, Instant.now()), "Mã này của điểm cầu Đảng bộ huyện Đông Sơn — Hội trường Đông Sơn, nhưng đồng chí "
                + "được triệu tập tại điểm cầu Đảng bộ xã Hòa Bình — Nhà văn hóa xã");
        scan(t.outsider, codes.code(p1, Instant.now()), "không có trong danh sách triệu tập hội nghị này; đã ghi nhận");
        scan(t.x.get(13), "ci" + p2 + "_" + CheckInCodes.slot(Instant.now()) + "_AAAAAAAAAAAAAAAA", "Mã điểm danh không hợp lệ");
        for (Person p : t.x.subList(1, 12)) {
            scan(p, codes.code(p2, Instant.now()), "✅ Đã điểm danh");
        }
        for (Person p : t.w.subList(0, 8)) {
            scan(p, codes.code(p2, Instant.now()), "✅ Đã điểm danh");
        }
        for (Person p : t.y.subList(0, 12)) {
            scan(p, codes.code(p1, Instant.now()), "✅ Đã điểm danh");
        }
        for (Person p : t.z.subList(0, 11)) {
            scan(p, codes.code(p3, Instant.now()), "✅ Đã điểm danh");
        }

        // Roll-call by the cell secretary for the two members without Telegram; a forged tick is refused.
        Person cellSecretary = t.z.get(0);
        secretary(t.cellZ, cellSecretary);
        cellSecretary.user().sendText("/diemdanh");
        SentMessage sheet = awaitText(cellSecretary.user(), "📋 Điểm danh");
        assertThat(sheet.text()).contains("Đơn vị: Chi bộ thôn Nam. Có mặt 11/20.");
        assertThat(sheet.buttonTexts()).hasSize(9).contains("☐ Cụ Không Điện Thoại A", "☐ " + t.z.get(11).name())
                .doesNotContain("☐ " + t.z.get(1).name());
        for (Person p : t.zUnlinked) {
            String tap = pressContaining(cellSecretary.user(), sheet, p.name());
            assertThat(telegram.awaitCallbackAnswer(tap, WAIT)).isEqualTo("Đã điểm danh đồng chí " + p.name() + ".");
        }
        SentMessage ticked = telegram.awaitEdit(cellSecretary.user().chatId(), sheet.messageId(), text -> text.contains("Có mặt 13/20."), WAIT);
        assertThat(ticked.buttonTexts()).contains("↩ Bỏ điểm danh Cụ Không Điện Thoại A", "↩ Bỏ điểm danh Cụ Không Điện Thoại B")
                .doesNotContain("☐ Cụ Không Điện Thoại A");
        // A slip is taken back, and ticked again; a scanned check-in cannot be undone from the sheet.
        Person slip = t.zUnlinked.get(1);
        String undo = cellSecretary.user().pressData(sheet, "cfu:" + conf + ":" + slip.memberId());
        assertThat(telegram.awaitCallbackAnswer(undo, WAIT)).isEqualTo("Đã bỏ điểm danh đồng chí " + slip.name() + ".");
        telegram.awaitEdit(cellSecretary.user().chatId(), sheet.messageId(), text -> text.contains("Có mặt 12/20."), WAIT);
        String scanned = cellSecretary.user().pressData(sheet, "cfu:" + conf + ":" + t.z.get(1).memberId());
        assertThat(telegram.awaitCallbackAnswer(scanned, WAIT)).contains("tự quét mã");
        String again = cellSecretary.user().pressData(sheet, "cfp:" + conf + ":" + slip.memberId());
        assertThat(telegram.awaitCallbackAnswer(again, WAIT)).isEqualTo("Đã điểm danh đồng chí " + slip.name() + ".");
        telegram.awaitEdit(cellSecretary.user().chatId(), sheet.messageId(), text -> text.contains("Có mặt 13/20."), WAIT);
        String forged = cellSecretary.user().pressData(sheet, "cfp:" + conf + ":" + x0.memberId());
        assertThat(telegram.awaitCallbackAnswer(forged, WAIT)).contains("không thuộc đơn vị của đồng chí");

        // Non-member participants, entered by the secretary of the hosting unit only.
        cellSecretary.user().sendText("/ngoaidang 12");
        awaitText(cellSecretary.user(), "không chủ trì điểm cầu nào");
        Person districtSecretary = t.z.get(17);
        secretary(t.d2, districtSecretary);
        districtSecretary.user().sendText("/ngoaidang abc");
        awaitText(districtSecretary.user(), "ví dụ: /ngoaidang 45");
        districtSecretary.user().sendText("/ngoaidang 45");
        awaitText(districtSecretary.user(), "Đã ghi nhận 45 người ngoài Đảng dự tại điểm cầu Đảng bộ huyện Đông Sơn — Hội trường Đông Sơn");

        // The board: hand-counted figures per point and the totals sentence.
        JsonNode board = JSON.readTree(http("GET", "/api/conferences/" + conf + "/board", null, ADMIN_TOKEN).body());
        assertThat(board.get("sentence").asString()).isEqualTo("3 điểm cầu, 45 đảng viên tham dự, đạt 75,0%");
        assertPoint(board, p1, 15, 12, "80,0", 1, 1, 0);
        assertPoint(board, p2, 25, 20, "80,0", 1, 0, 0);
        assertPoint(board, p3, 20, 13, "65,0", 0, 0, 45);
        assertThat(count("SELECT count(*) FROM conference_attendees WHERE conference_id = " + conf + " AND checked_in_at IS NOT NULL"))
                .isEqualTo(46);

        // The end: absentees (15, all on Telegram) get the make-up study; attendees count as having studied.
        var ended = http("POST", "/api/conferences/" + conf + "/end", null, ADMIN_TOKEN);
        assertThat(ended.body()).contains("\"makeupMessagesQueued\":15");
        Person late = t.y.get(13);
        scan(late, codes.code(p1, Instant.now()), "Hội nghị quán triệt Nghị quyết đã kết thúc nên không còn điểm danh được nữa.");
        SentMessage makeup = awaitText(late.user(), "📚 HỌC BÙ");
        assertThat(makeup.text()).contains(t.documentCode);
        late.user().press(makeup, "📚 Học bù ngay");
        SentMessage list = awaitText(late.user(), "Tài liệu cần học");
        pressContaining(late.user(), list, t.documentCode);
        awaitText(late.user(), "Nội dung chính của nghị quyết");
        String done = late.user().press(telegram.lastMessage(late.user().chatId()), "✅ Tôi đã học xong");
        assertThat(telegram.awaitCallbackAnswer(done, WAIT)).isEqualTo("Đã ghi nhận");
        for (Person p : List.of(t.y.get(14), t.x.get(13), t.w.get(8), t.z.get(11), t.z.get(12), t.z.get(13), t.z.get(14), t.z.get(15))) {
            studyMakeup(p, conf);
        }
        assertThat(count("SELECT count(*) FROM outbox WHERE step = 'conf" + conf + "-makeup' AND member_id = " + x0.memberId())).isZero();

        JsonNode report = JSON.readTree(http("GET", "/api/reports/conferences/" + conf + "?unit=" + t.province, null, ADMIN_TOKEN).body());
        assertRow(report.get("total"), 60, 45, 54, 45);
        assertThat(report.get("children")).hasSize(2);
        assertRow(report.get("children").get(0), 40, 32, 36, 0);
        assertRow(report.get("children").get(1), 20, 13, 18, 45);

        String csv = http("GET", "/api/reports/conferences/" + conf + "?unit=" + t.province + "&format=csv", null, ADMIN_TOKEN).body();
        assertThat(csv.lines().toList()).contains("Đảng bộ huyện Tiên Phong;40;32;80,0;36;90,0;0", "Đảng bộ huyện Đông Sơn;20;13;65,0;18;90,0;45",
                "Đảng bộ tỉnh Hội nghị " + t.tag + ";60;45;75,0;54;90,0;45");

        DashboardClient admin = new DashboardClient(port);
        admin.login("admin", ADMIN_PASSWORD);
        String page = admin.get("/conferences/" + conf).body();
        assertThat(page).contains("3 điểm cầu, 45 đảng viên tham dự, đạt 75,0%", "Đảng bộ huyện Tiên Phong", "80,0", "90,0", "65,0");
    }

    @Test
    void aDocumentTheCampaignAlreadyAssignsIsNotAssignedAgainAsMakeup() throws Exception {
        ConferenceTree t = tree();
        Instant now = Instant.now();
        String body = """
                {"campaignId": %d, "name": "Hội nghị triển khai kế hoạch", "startsAt": "%s", "endsAt": "%s", "documentIds": [%d, %d],
                 "makeupDays": 10, "points": [{"unitId": %d, "place": "Hội trường Huyện ủy"}]}"""
                .formatted(t.campaign, now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofHours(2)), t.campaignDocument, t.document, t.d1);
        var r = http("POST", "/api/conferences", body, ADMIN_TOKEN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        long conf = JSON.readTree(r.body()).get("conference").get("id").asLong();
        Person attendee = t.x.get(0);
        jdbc.sql("UPDATE conference_attendees SET checked_in_at = now() WHERE conference_id = :c AND member_id = :m")
                .param("c", conf).param("m", attendee.memberId()).update();
        Person studied = t.x.get(2);
        studiedBefore(studied, t.campaign, t.campaignDocument);

        assertThat(http("POST", "/api/conferences/" + conf + "/end", null, ADMIN_TOKEN).statusCode()).isEqualTo(200);
        String perDocument = "SELECT count(*) FROM assignments WHERE campaign_id = " + t.campaign + " AND document_id = ";
        assertThat(count(perDocument + t.campaignDocument)).as("the province-wide assignment stays the only one").isEqualTo(1);
        assertThat(count(perDocument + t.document)).as("the presented document becomes make-up study").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM confirmations c JOIN assignments a ON a.id = c.assignment_id WHERE c.member_id = "
                + attendee.memberId() + " AND a.campaign_id = " + t.campaign)).as("attendance counts for both documents").isEqualTo(2);

        // An absentee is told each document's own deadline: the campaign's for the one it already assigned, the make-up one for the other.
        java.time.format.DateTimeFormatter shown = java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
        java.util.function.LongFunction<String> due = doc -> jdbc.sql("SELECT deadline FROM assignments WHERE campaign_id = :c AND document_id = :d")
                .param("c", t.campaign).param("d", doc).query(java.sql.Timestamp.class).single().toInstant().atZone(VIETNAM).format(shown);
        SentMessage makeup = awaitText(t.x.get(1).user(), "📚 HỌC BÙ");
        assertThat(makeup.text()).contains(t.documentCode + " — Về xây dựng đội ngũ trí thức (hạn " + due.apply(t.document) + ")",
                "Kế hoạch học tập (hạn " + due.apply(t.campaignDocument) + ")");
        assertThat(due.apply(t.campaignDocument)).isNotEqualTo(due.apply(t.document));
        assertThat(makeup.text()).startsWith("📚 HỌC BÙ\nKính gửi đồng chí " + t.x.get(1).name() + ".");
        // An absentee who already studied the campaign's document is asked only for the other one.
        assertThat(awaitText(studied.user(), "📚 HỌC BÙ").text()).contains(t.documentCode).doesNotContain("Kế hoạch học tập");
    }

    @Test
    void aDocumentTheCampaignAssignsOnlyBelowThePointIsMadeUpAroundThatUnitNotOnTopOfIt() throws Exception {
        ConferenceTree t = tree();
        Instant now = Instant.now();
        // The campaign itself gives the presented document to commune C1 only (with its own deadline).
        jdbc.sql("""
                INSERT INTO assignments (document_id, unit_id, starts_at, deadline, campaign_id)
                SELECT :d, :u, starts_at, deadline, id FROM campaigns WHERE id = :c""")
                .param("d", t.document).param("u", t.c1).param("c", t.campaign).update();
        String body = """
                {"campaignId": %d, "name": "Hội nghị quán triệt", "startsAt": "%s", "endsAt": "%s", "documentIds": [%d],
                 "makeupDays": 10, "points": [{"unitId": %d, "place": "Hội trường Huyện ủy"}]}"""
                .formatted(t.campaign, now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofHours(2)), t.document, t.d1);
        var r = http("POST", "/api/conferences", body, ADMIN_TOKEN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        long conf = JSON.readTree(r.body()).get("conference").get("id").asLong();
        Person studied = t.x.get(0);
        studiedBefore(studied, t.campaign, t.document);
        assertThat(http("POST", "/api/conferences/" + conf + "/end", null, ADMIN_TOKEN).statusCode()).isEqualTo(200);
        assertThat(http("POST", "/api/conferences/" + conf + "/end", null, ADMIN_TOKEN).statusCode()).as("ending twice").isLessThan(500);
        String makeupTo = "SELECT count(*) FROM outbox WHERE step = 'conf" + conf + "-makeup' AND member_id = ";
        assertThat(count(makeupTo + studied.memberId())).as("an absentee who already studied it is not asked to").isZero();
        assertThat(count(makeupTo + t.x.get(1).memberId())).isEqualTo(1);
        assertThat(count(makeupTo + t.y.get(0).memberId())).isEqualTo(1);

        String heldBy = """
                SELECT count(*) FROM assignments a JOIN units au ON au.id = a.unit_id, members m JOIN units mu ON mu.id = m.unit_id
                 WHERE m.id = %d AND a.campaign_id = %d AND a.document_id = %d AND unit_within(mu.path, au.path)""";
        assertThat(count(heldBy.formatted(t.x.get(0).memberId(), t.campaign, t.document))).as("C1's member keeps the campaign's one only")
                .isEqualTo(1);
        assertThat(count(heldBy.formatted(t.y.get(0).memberId(), t.campaign, t.document))).as("C2, beside it, gets make-up").isEqualTo(1);
        assertThat(count(heldBy.formatted(t.z.get(0).memberId(), t.campaign, t.document))).as("D2 was not convened").isZero();
        assertThat(jdbc.sql("SELECT unit_id FROM assignments WHERE campaign_id = :c AND document_id = :d").param("c", t.campaign)
                .param("d", t.document).query(Long.class).list()).hasSize(2).contains(t.c1).doesNotContain(t.d1);

        // The make-up itself run again (as if the end were redelivered before it was recorded) adds nothing.
        jdbc.sql("UPDATE conferences SET status = 'PLANNED', ended_at = NULL WHERE id = :c").param("c", conf).update();
        conferenceSteps.end(conf);
        assertThat(count("SELECT count(*) FROM assignments WHERE campaign_id = " + t.campaign + " AND document_id = " + t.document))
                .isEqualTo(2);
    }

    @Test
    void aMemberWhoLinksAfterTheConvocationWasSentGetsItOnLinking() throws Exception {
        ConferenceTree t = tree();
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        long conf = create(t, tomorrow, tomorrow.plus(Duration.ofHours(2))).get("conference").get("id").asLong();
        Person late = t.zUnlinked.get(0);
        assertThat(count("SELECT count(*) FROM outbox WHERE step = 'conf" + conf + "-invite' AND member_id = " + late.memberId())).isZero();

        var user = newUser("Cụ A");
        user.sendText("/start " + invitations.create(late.memberId()).code());
        SentMessage invite = awaitText(user, "GIẤY TRIỆU TẬP");
        assertThat(invite.text()).contains("Kính gửi đồng chí " + late.name(), "Đảng bộ huyện Đông Sơn — Hội trường Đông Sơn");
        assertThat(count("SELECT count(*) FROM outbox WHERE step = 'conf" + conf + "-invite' AND member_id = " + late.memberId())).isEqualTo(1);
    }

    /** The member confirmed the campaign's assignment(s) of the document before the conference ended. */
    private void studiedBefore(Person p, long campaign, long document) {
        jdbc.sql("""
                INSERT INTO confirmations (member_id, assignment_id)
                SELECT :m, id FROM assignments WHERE campaign_id = :c AND document_id = :d""")
                .param("m", p.memberId()).param("c", campaign).param("d", document).update();
    }

    private void rsvpAbsent(Person p, String reason) {
        SentMessage invite = awaitText(p.user(), "GIẤY TRIỆU TẬP");
        p.user().press(invite, "❌ Vắng");
        SentMessage ask = awaitText(p.user(), "vắng mặt vì lý do gì");
        assertThat(ask.buttonTexts()).containsExactly("Đi công tác", "Ốm", "Việc gia đình", "Lý do khác");
        p.user().press(ask, reason);
        awaitText(p.user(), "Đã ghi nhận: đồng chí vắng mặt (" + reason + ")");
    }

    private void studyMakeup(Person p, long conf) {
        long assignment = jdbc.sql("""
                SELECT a.id FROM assignments a JOIN units au ON au.id = a.unit_id, members m JOIN units mu ON mu.id = m.unit_id
                 WHERE m.id = :m AND a.campaign_id = (SELECT campaign_id FROM conferences WHERE id = :c)
                   AND a.document_id IN (SELECT document_id FROM conference_documents WHERE conference_id = :c)
                   AND mu.path LIKE au.path || '%'""").param("m", p.memberId()).param("c", conf).query(Long.class).single();
        studyRecords.recordOpened(p.memberId(), assignment);
        studyRecords.confirm(p.memberId(), assignment);
    }

    private static void assertPoint(JsonNode board, long pointId, long convened, long present, String rate, long absentWithReason,
            long walkIns, long nonMembers) {
        for (JsonNode p : board.get("points")) {
            if (p.get("pointId").asLong() == pointId) {
                assertThat(List.of(p.get("convened").asLong(), p.get("present").asLong(), p.get("absentWithReason").asLong(),
                        p.get("walkIns").asLong(), p.get("nonMembers").asLong())).as(p.toString())
                        .containsExactly(convened, present, absentWithReason, walkIns, nonMembers);
                assertThat(p.get("rate").asString()).isEqualTo(rate);
                return;
            }
        }
        throw new AssertionError("no point " + pointId + " on the board " + board);
    }

    private static void assertRow(JsonNode row, long convened, long attended, long studied, long nonMembers) {
        assertThat(List.of(row.get("convened").asLong(), row.get("attended").asLong(), row.get("studied").asLong(),
                row.get("nonMembers").asLong())).as(row.toString()).containsExactly(convened, attended, studied, nonMembers);
    }
}

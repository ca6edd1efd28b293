package vn.hoctap.bot.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.bot.campaigns.CampaignDeliveryTests.awaitTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
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
import vn.hoctap.content.document.NewDocument;
import vn.hoctap.scheduler.assignment.CompletionCheck;
import vn.hoctap.scheduler.campaign.Campaign;
import vn.hoctap.scheduler.campaign.CampaignEdits;
import vn.hoctap.scheduler.campaign.NewCampaign;
import vn.hoctap.scheduler.unit.Requester;

/**
 * Editing a running campaign from its page and through the API: the form prefilled and bound, the
 * steps rescheduled (Quartz triggers in the database), reminders already sent not sent again, units
 * added assigned and announced to their members only (through the fake Bot API), rules applying from
 * now on, what a secretary may not change, and removals refused once members have started.
 */
class CampaignEditTests extends BotIntegrationTest {

    private static final AtomicLong bases = new AtomicLong(9_400_000_000L);
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    vn.hoctap.content.quiz.QuizRepository quizzes;
    @Autowired
    DashboardUsers users;
    @Autowired
    CompletionCheck completion;
    @Autowired
    CampaignEdits edits;

    @Test
    void anAdminEditsTheWholePlanFromThePrefilledFormAndTheStepsStillToComeFollow() throws Exception {
        CampaignFixture f = fixture().withQuizQuestions(quizzes);
        // At 10:00 in Vietnam: a deadline in the evening would move the one-day reminder into the quiet hours and
        // past a Sunday deadline, and the plan rightly drops it; the test must not depend on when it runs.
        Instant start = LocalDate.now(ZONE).plusDays(2).atTime(10, 0).atZone(ZONE).toInstant();
        Campaign c = create(f, List.of(f.cellA), start, start.plus(Duration.ofDays(10)), Requester.admin());
        DashboardClient admin = admin();
        assertThat(admin.get("/campaigns/" + c.id()).body()).contains("id=\"edit-campaign\"", "Sửa đợt");
        String form = HtmlUtils.htmlUnescape(admin.get("/campaigns/" + c.id() + "/edit").body());
        assertThat(form).contains("value=\"" + c.name() + "\"", "value=\"3, 1\"", "Lưu thay đổi",
                "value=\"" + local(c.deadline()) + "\"", "action=\"/campaigns/" + c.id() + "/edit\"")
                .doesNotContain("id=\"start-fixed\"");
        assertThat(form).containsPattern("id=\"doc-" + f.document + "\"[^>]*checked")
                .containsPattern("id=\"campaign-units-" + f.cellA + "\"[^>]*checked");

        LocalDateTime newDeadline = LocalDateTime.ofInstant(c.deadline(), ZONE).plusDays(3);
        var saved = admin.postForm("/campaigns/" + c.id() + "/edit", Map.ofEntries(Map.entry("name", "Đợt đã sửa " + f.chatBase),
                Map.entry("documentIds", Long.toString(f.document)), Map.entry("unitIds", Long.toString(f.cellA)),
                Map.entry("startsAt", local(c.startsAt())), Map.entry("deadline", newDeadline.toString()),
                Map.entry("requireQuiz", "true"), Map.entry("passMark", "70"), Map.entry("laggingPercent", "60"),
                Map.entry("offsetDays", "5, 1"), Map.entry("quietStart", "21:00"), Map.entry("quietEnd", "07:00"),
                Map.entry("skipSundays", "true")), true);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(admin.get("/campaigns/" + c.id()).body()).contains("Đã lưu thay đổi", "Đợt đã sửa " + f.chatBase);

        Campaign edited = campaigns.get(c.id(), Requester.admin());
        assertThat(edited.rules()).isEqualTo(new Campaign.CompletionRules(true, true, false, 70));
        assertThat(edited.laggingPercent()).isEqualTo(60);
        assertThat(edited.reminders().skipSundays()).isTrue();
        assertThat(count("SELECT count(*) FROM assignments WHERE campaign_id = " + c.id() + " AND deadline = '"
                + newDeadline.atZone(ZONE).toInstant() + "'")).isEqualTo(1);
        // The moved deadline starts a new round of reminders: the old keys are gone, the new offset is there.
        assertThat(triggers(c.id())).contains("announce", "remind-PT120H-r1", "remind-PT24H-r1", "escalate-r1", "digest")
                .doesNotContain("remind-PT72H", "remind-PT24H", "remind-PT72H-r1");
        Instant fifth = Instant.ofEpochMilli(jdbc.sql("SELECT next_fire_time FROM qrtz_triggers WHERE trigger_name = :t")
                .param("t", "c" + c.id() + "-remind-PT120H-r1").query(Long.class).single());
        ZonedDateTime at = fifth.atZone(ZONE);
        assertThat(fifth).isAfterOrEqualTo(edited.deadline().minus(Duration.ofDays(5)));
        assertThat(at.getDayOfWeek()).as("Sundays skipped").isNotEqualTo(DayOfWeek.SUNDAY);
        assertThat(at.toLocalTime()).as("outside the quiet hours").isBetween(LocalTime.of(7, 0), LocalTime.of(21, 0));
        assertThat(jdbc.sql("SELECT target FROM audit_log WHERE action = 'POST CampaignEditPages#save' AND path = :p ORDER BY id DESC LIMIT 1")
                .param("p", "/campaigns/" + c.id() + "/edit").query(String.class).single())
                .contains("id=" + c.id(), "changed=name,rules,reminders,deadline");
        assertThat(admin.get("/audit?action=CampaignEditPages%23save").body()).as("the audit page says it in words")
                .contains("Sửa đợt học tập", "đã đổi: tên đợt, yêu cầu hoàn thành, lịch nhắc, hạn").doesNotContain("changed", "Thao tác khác");
    }

    @Test
    void aUnitAddedIsAssignedAndAnnouncedToItsMembersOnlyAndARemindersAlreadySentIsNotSentAgain() throws Exception {
        CampaignFixture f = fixture();
        List<Long> chats = f.members(4); // odd indexes in cell B, even in cell A
        // Started two days ago (a reminder on the announcement's own day is not sent), the one-day reminder due
        // now: both go out at once to cell A.
        Instant start = Instant.now().minus(Duration.ofDays(2));
        Campaign c = create(f, List.of(f.cellA), start, Instant.now().plus(Duration.ofDays(1)).minusSeconds(30), Requester.admin());
        awaitTrue(() -> sent(c.id(), "announce") == 2 && sent(c.id(), "remind-PT24H") == 2, "cell A announced and reminded");
        int cellAMessages = telegram.sentMessages(chats.get(1)).size();
        assertThat(triggers(c.id())).doesNotContain("remind-PT24H");

        DashboardClient admin = admin();
        admin.get("/campaigns/" + c.id() + "/edit");
        var r = admin.postForm("/campaigns/" + c.id() + "/edit", fields("name", c.name(), "documentIds", Long.toString(f.document),
                "unitIds", f.cellA + "," + f.cellB, "startsAt", local(c.startsAt()), "deadline", local(c.deadline()),
                "offsetDays", "1", "_deadlineMorning", "on", "quietStart", "00:00", "quietEnd", "00:00", "passMark", "80",
                "laggingPercent", "80"), true);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        assertThat(count("SELECT count(*) FROM assignments WHERE campaign_id = " + c.id() + " AND unit_id = " + f.cellB)).isEqualTo(1);
        assertThat(triggers(c.id())).as("the reminder already sent is not scheduled again").doesNotContain("remind-PT24H");
        awaitTrue(() -> sent(c.id(), "announce") == 4, "cell B announced");
        for (int i : new int[] {0, 2}) {
            assertThat(telegram.lastMessage(chats.get(i)).text()).contains("Đợt học tập mới", c.name());
        }
        // Sentinel: cell B's announcements are out; cell A got nothing more, and nobody a second reminder.
        assertThat(telegram.sentMessages(chats.get(1))).hasSize(cellAMessages);
        assertThat(count("SELECT count(*) FROM outbox WHERE campaign_id = " + c.id() + " AND step = 'announce'")).isEqualTo(4);
        assertThat(count("SELECT count(*) FROM outbox WHERE campaign_id = " + c.id() + " AND step LIKE 'remind-%'")).isEqualTo(2);
    }

    @Test
    void newRulesApplyFromNowOnAndMembersAlreadyDoneStayDone() {
        CampaignFixture f = fixture().withQuizQuestions(quizzes);
        List<Long> chats = f.members(2);
        Campaign c = create(f, List.of(f.commune), Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(5)), Requester.admin());
        long assignment = jdbc.sql("SELECT id FROM assignments WHERE campaign_id = :c").param("c", c.id()).query(Long.class).single();
        long done = f.memberWithChat(chats.get(0));
        long notDone = f.memberWithChat(chats.get(1));
        jdbc.sql("INSERT INTO confirmations (member_id, assignment_id) VALUES (:m, :a)").param("m", done).param("a", assignment).update();
        assertThat(completion.missing(notDone, assignment)).doesNotContain(CompletionCheck.Requirement.QUIZ);

        var asked = new NewCampaign(c.name(), List.of(f.document), List.of(f.commune), c.startsAt(), c.deadline(),
                new Campaign.CompletionRules(true, true, false, 90), c.reminders(), false, 80);
        assertThat(edits.update(c.id(), asked, Requester.admin()).changes())
                .containsExactly("rules");
        assertThat(completion.missing(notDone, assignment)).contains(CompletionCheck.Requirement.QUIZ);
        assertThat(count("SELECT count(*) FROM confirmations WHERE assignment_id = " + assignment + " AND member_id = " + done)).isEqualTo(1);
    }

    @Test
    void aDocumentOrUnitAlreadyStartedCannotBeRemovedAndTheRefusedFormKeepsWhatWasTyped() throws Exception {
        CampaignFixture f = fixture();
        List<Long> chats = f.members(2);
        long second = documents.save(new NewDocument("KL", Long.toString(f.chatBase % 100_000 + 1), "TW", LocalDate.of(2021, 1, 5),
                "Về tăng cường xây dựng Đảng", "Tóm tắt.")).id();
        Campaign c = create(f, List.of(f.cellA, f.cellB), Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(5)),
                Requester.admin());
        // A member of cell A (chats.get(1)) opened the first document.
        long a = jdbc.sql("SELECT id FROM assignments WHERE campaign_id = :c AND unit_id = :u").param("c", c.id()).param("u", f.cellA)
                .query(Long.class).single();
        jdbc.sql("INSERT INTO assignment_views (member_id, assignment_id) VALUES (:m, :a)").param("m", f.memberWithChat(chats.get(1)))
                .param("a", a).update();
        DashboardClient admin = admin();
        admin.get("/campaigns/" + c.id() + "/edit");
        var refused = admin.postForm("/campaigns/" + c.id() + "/edit", Map.of("name", "Tên mới đang gõ", "documentIds", Long.toString(second),
                "unitIds", f.cellA + "," + f.cellB, "startsAt", local(c.startsAt()), "deadline", local(c.deadline()),
                "offsetDays", "4, 2"), true);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(refused.body())).contains("Đã có đảng viên học tài liệu \"Về công tác dân số trong tình hình mới\"",
                "value=\"Tên mới đang gõ\"", "value=\"4, 2\"").containsPattern("id=\"doc-" + second + "\"[^>]*checked");
        var startMoved = admin.postForm("/campaigns/" + c.id() + "/edit", Map.of("name", "Tên mới đang gõ", "documentIds",
                f.document + "," + second, "unitIds", Long.toString(f.cellB), "startsAt", local(c.startsAt().plus(Duration.ofHours(1))), "deadline", local(c.deadline())), true);
        assertThat(HtmlUtils.htmlUnescape(startMoved.body())).containsPattern("id=\"error-startsAt\">Đợt đã bắt đầu");
        var unitGone = admin.postForm("/campaigns/" + c.id() + "/edit", Map.of("name", "Tên mới đang gõ", "documentIds",
                f.document + "," + second, "unitIds", Long.toString(f.cellB), "startsAt", local(c.startsAt()), "deadline", local(c.deadline())), true);
        assertThat(HtmlUtils.htmlUnescape(unitGone.body())).contains("Đảng viên của Chi bộ thôn Đông đã bắt đầu học");
        assertThat(campaigns.get(c.id(), Requester.admin()).name()).as("nothing changed").isEqualTo(c.name());

        // Cell B has not started: it may go, with its assignments and its members' queued reminders; the second
        // document comes with assignments for cell A.
        for (long chat : chats) {
            jdbc.sql("""
                    INSERT INTO outbox (campaign_id, step, member_id, chat_id, body, not_before)
                    VALUES (:c, 'remind-PT999H', :m, :chat, 'Nhắc', now() + interval '30 days')""")
                    .param("c", c.id()).param("m", f.memberWithChat(chat)).param("chat", chat).update();
        }
        var ok = admin.postForm("/campaigns/" + c.id() + "/edit", Map.of("name", c.name(), "documentIds", f.document + "," + second,
                "unitIds", Long.toString(f.cellA), "startsAt", local(c.startsAt()), "deadline", local(c.deadline())), true);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT unit_id || ':' || document_id FROM assignments WHERE campaign_id = :c ORDER BY 1").param("c", c.id())
                .query(String.class).list()).containsExactlyInAnyOrder(f.cellA + ":" + f.document, f.cellA + ":" + second);
        assertThat(jdbc.sql("SELECT status FROM outbox WHERE campaign_id = :c AND step = 'remind-PT999H' AND member_id = :m")
                .param("c", c.id()).param("m", f.memberWithChat(chats.get(0))).query(String.class).single()).as("cell B").isEqualTo("CANCELLED");
        assertThat(jdbc.sql("SELECT status FROM outbox WHERE campaign_id = :c AND step = 'remind-PT999H' AND member_id = :m")
                .param("c", c.id()).param("m", f.memberWithChat(chats.get(1))).query(String.class).single()).as("cell A").isEqualTo("PENDING");
    }

    @Test
    void aSecretaryEditsOnlyTheirOwnCampaignAndKeepsItsPlan() throws Exception {
        CampaignFixture f = fixture();
        f.members(2);
        Campaign adminOne = create(f, List.of(f.province), Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(9)),
                Requester.admin());
        long member = members.create(f.cellB, "Bí thư chi bộ").id();
        Campaign own = campaigns.create(new NewCampaign("Chi bộ tự học " + f.chatBase, List.of(f.document), List.of(f.cellB),
                Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(9)), null, null, false, 80),
                Requester.secretary(member, f.cellB));
        String login = "bithu-sua" + f.cellB;
        users.create(login, "mat-khau-chi-bo-b", DashboardRole.SECRETARY, f.cellB, null);
        DashboardClient secretary = new DashboardClient(port);
        assertThat(secretary.login(login, "mat-khau-chi-bo-b")).endsWith("/");

        assertThat(secretary.get("/campaigns/" + adminOne.id()).body()).doesNotContain("id=\"edit-campaign\"");
        assertThat(secretary.get("/campaigns/" + adminOne.id() + "/edit").statusCode()).isEqualTo(403);
        assertThat(secretary.postForm("/campaigns/" + adminOne.id() + "/edit", Map.of("name", "Chiếm quyền"), true).statusCode()).isEqualTo(403);
        assertThat(secretary.get("/campaigns/" + own.id()).body()).contains("id=\"edit-campaign\"");
        String form = secretary.get("/campaigns/" + own.id() + "/edit").body();
        assertThat(form).contains("id=\"standard-plan\"", "id=\"start-fixed\"").doesNotContain("id=\"campaign-offsets\"", "id=\"campaign-paid\"");

        var outside = secretary.postForm("/campaigns/" + own.id() + "/edit", Map.of("name", own.name(), "documentIds", Long.toString(f.document),
                "unitIds", f.cellB + "," + f.cellA, "startsAt", local(own.startsAt()), "deadline", local(own.deadline())), true);
        assertThat(outside.statusCode()).isEqualTo(403);
        var r = secretary.postForm("/campaigns/" + own.id() + "/edit", fields("name", "Chi bộ sửa " + f.chatBase, "documentIds",
                Long.toString(f.document), "unitIds", Long.toString(f.cellB), "startsAt", local(own.startsAt()), "deadline",
                local(own.deadline()), "requireReflection", "true", "offsetDays", "2", "paidBroadcast", "true", "skipSundays", "true"), true);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        Campaign after = campaigns.get(own.id(), Requester.admin());
        assertThat(after.name()).isEqualTo("Chi bộ sửa " + f.chatBase);
        assertThat(after.rules().requireReflection()).isTrue();
        assertThat(after.reminders()).isEqualTo(Campaign.ReminderSettings.defaults());
        assertThat(after.paidBroadcast()).isFalse();
        assertThat(count("SELECT count(*) FROM assignments WHERE campaign_id = " + own.id())).isEqualTo(1);
    }

    @Test
    void theApiEditsWithPutAndAnswersProblemsFor400And403And404() throws Exception {
        CampaignFixture f = fixture();
        f.members(2);
        Instant start = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        var created = http("POST", "/api/campaigns", """
                {"name":"Đợt API %d","documentIds":[%d],"unitIds":[%d],"startsAt":"%s","deadline":"%s"}"""
                .formatted(f.chatBase, f.document, f.cellA, start, start.plus(Duration.ofDays(10))), ADMIN_TOKEN);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Long.parseLong(created.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));

        var edited = http("PUT", "/api/campaigns/" + id, """
                {"unitIds":[%d,%d],"reminders":{"offsetDays":[2],"skipHolidays":true},"laggingPercent":50}"""
                .formatted(f.cellA, f.cellB), ADMIN_TOKEN);
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(edited.body()).contains("\"step\":\"remind-PT48H\"", "\"laggingPercent\":50", "\"skipHolidays\":true",
                "\"name\":\"Đợt API " + f.chatBase + "\"").doesNotContain("remind-PT72H");
        assertThat(count("SELECT count(*) FROM assignments WHERE campaign_id = " + id)).isEqualTo(2);

        var bad = http("PUT", "/api/campaigns/" + id, "{\"deadline\":\"" + start.minus(Duration.ofDays(1)) + "\"}", ADMIN_TOKEN);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        // A rule's refusal comes in the caller's language (Vietnamese by default), with the field and the rule's code.
        assertThat(bad.body()).contains("\"status\":400", "Hạn hoàn thành phải sau thời điểm bắt đầu", "\"field\":\"deadline\"",
                "\"code\":\"rule.campaign.deadlineBeforeStart\"");
        var missing = http("PUT", "/api/campaigns/999999999", "{\"name\":\"x\"}", ADMIN_TOKEN);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("\"status\":404");

        String login = "bithu-api" + f.cellB;
        users.create(login, "mat-khau-chi-bo-b", DashboardRole.SECRETARY, f.cellB, null);
        var forbidden = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/campaigns/" + id))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((login + ":mat-khau-chi-bo-b")
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"Chiếm quyền\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("\"status\":403");
        assertThat(campaigns.get(id, Requester.admin()).name()).isEqualTo("Đợt API " + f.chatBase);
    }

    private Campaign create(CampaignFixture f, List<Long> units, Instant start, Instant deadline, Requester by) {
        var reminders = new Campaign.ReminderSettings(List.of(Duration.ofDays(3), Duration.ofDays(1)), false, LocalTime.MIDNIGHT,
                LocalTime.MIDNIGHT, false, false);
        return campaigns.create(new NewCampaign("Đợt sửa " + f.chatBase + "-" + System.nanoTime() % 1000, List.of(f.document), units, start,
                deadline, null, reminders, false, 80), by);
    }

    private List<String> triggers(long campaign) {
        return jdbc.sql("SELECT substr(trigger_name, length(:p) + 1) FROM qrtz_triggers WHERE trigger_name LIKE :p || '%'")
                .param("p", "c" + campaign + "-").query(String.class).list();
    }

    private long sent(long campaign, String step) {
        return jdbc.sql("SELECT count(*) FROM outbox WHERE campaign_id = :c AND step = :s AND status = 'SENT'").param("c", campaign)
                .param("s", step).query(Long.class).single();
    }

    private CampaignFixture fixture() {
        return campaignFixture(bases);
    }

    /** Form fields as a browser sends them (more than Map.of takes). */
    private static Map<String, String> fields(String... keysAndValues) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }
}

package vn.hoctap.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
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
import vn.hoctap.scheduler.campaign.Campaign;

/**
 * Through HTTP: the dashboard never falls back to English, Java or the container's pages (bad
 * language values, unknown URLs, bad ids, refused forms), a refused form keeps what was typed with
 * the message beside its field, the campaign rules are the service's for page and API alike, and
 * the members list searches, filters and pages.
 */
class DashboardLanguageAndFormsTests extends BotIntegrationTest {

    private static final AtomicLong bases = new AtomicLong(6_000_000_000L);

    @Autowired
    DashboardUsers users;

    @Test
    void aMalformedLanguageParameterOrCookieFallsBackToVietnamese() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String cookie : new String[] {"hoctap-lang=%3Cscript%3E", "hoctap-lang=zz-ZZ-x-%%%", "hoctap-lang=en_US_garbage_!!"}) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .header("Cookie", cookie).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(cookie).isEqualTo(200);
            assertThat(r.body()).as(cookie).contains("lang=\"vi\"", "Đăng nhập");
        }
        DashboardClient admin = admin();
        for (String lang : new String[] {"%3Cscript%3Ealert(1)%3C%2Fscript%3E", "xx_YY_%25%25", "de"}) {
            HttpResponse<String> r = admin.get("/members?lang=" + lang);
            assertThat(r.statusCode()).as(lang).isEqualTo(200);
            assertThat(r.body()).as(lang).contains("lang=\"vi\"", "Đảng viên").doesNotContain("<script>alert");
        }
        assertThat(admin.get("/members?lang=en").body()).contains("lang=\"en\"", "Members");
        assertThat(admin.get("/members").body()).as("English is remembered").contains("lang=\"en\"");
        assertThat(admin.get("/members?lang=vi").body()).contains("lang=\"vi\"");
    }

    @Test
    void theLanguageSwitchKeepsTheQueryAndTheMenuMarksTheCurrentPage() throws Exception {
        CampaignFixture f = fixture();
        String page = admin().get("/members?unit=" + f.commune + "&q=abc").body();
        assertThat(page).contains("href=\"/members?unit=" + f.commune + "&amp;q=abc&amp;lang=en\"")
                .contains("href=\"/members?unit=" + f.commune + "&amp;q=abc&amp;lang=vi\"")
                .containsPattern("<a href=\"/members\" aria-current=\"page\">");
    }

    @Test
    void unknownPagesAndBadIdsGiveVietnamesePagesWithAWayBack() throws Exception {
        DashboardClient admin = admin();
        HttpResponse<String> missing = admin.get("/khong-co-trang-nay", "text/html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Không tìm thấy trang", "Về trang tổng quan", "lang=\"vi\"").doesNotContain("Whitelabel");
        HttpResponse<String> bad = admin.get("/units/abc");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Yêu cầu không hợp lệ", "Về trang tổng quan").doesNotContain("Failed to convert", "NumberFormat");
        HttpResponse<String> gone = admin.get("/members/999999999");
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.body()).contains("Không tìm thấy").doesNotContain("member 999999999");
        HttpResponse<String> english = admin.get("/khong-co-trang-nay?lang=en", "text/html");
        assertThat(english.body()).contains("Page not found");
    }

    @Test
    void aRefusedCampaignFormKeepsWhatWasTypedAndSaysWhyBesideTheField() throws Exception {
        CampaignFixture f = fixture();
        DashboardClient admin = admin();
        admin.get("/campaigns/new");
        HttpResponse<String> noDocument = admin.postForm("/campaigns", Map.of("name", "Đợt thử «không tài liệu»", "unitIds",
                Long.toString(f.province), "startsAt", "2030-05-01T08:00", "deadline", "2030-05-20T17:00", "offsetDays", "5, 2"), true);
        assertThat(noDocument.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(noDocument.body())).contains("Đợt học tập cần ít nhất một tài liệu.", "value=\"Đợt thử «không tài liệu»\"",
                "value=\"2030-05-20T17:00\"", "value=\"5, 2\"").doesNotContain("a campaign needs");
        assertThat(noDocument.body()).containsPattern("id=\"campaign-units-" + f.province + "\"[^>]*checked");

        HttpResponse<String> backwards = admin.postForm("/campaigns", Map.of("name", "Đợt ngược", "documentIds", Long.toString(f.document),
                "unitIds", Long.toString(f.province), "startsAt", "2030-05-20T08:00", "deadline", "2030-05-01T17:00"), true);
        assertThat(backwards.body()).containsPattern("id=\"error-deadline\">Hạn hoàn thành phải sau thời điểm bắt đầu.<")
                .containsPattern("id=\"doc-" + f.document + "\"[^>]*checked");

        HttpResponse<String> notADate = admin.postForm("/campaigns", Map.of("name", "Đợt sai ngày", "documentIds", Long.toString(f.document),
                "unitIds", Long.toString(f.province), "startsAt", "2030-05-20T08:00", "deadline", "ngày mai", "offsetDays", "7, ba"), true);
        assertThat(notADate.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(notADate.body())).contains("Ngày giờ không hợp lệ.", "value=\"Đợt sai ngày\"", "value=\"7, ba\"")
                .doesNotContain("Failed to convert");
        assertThat(count("SELECT count(*) FROM campaigns WHERE name IN ('Đợt ngược', 'Đợt sai ngày') OR name LIKE 'Đợt thử%'")).isZero();

        HttpResponse<String> created = admin.postForm("/campaigns", Map.of("name", "Đợt đủ " + f.chatBase, "documentIds",
                Long.toString(f.document), "unitIds", Long.toString(f.province), "startsAt", "2030-05-01T08:00", "deadline", "2030-05-20T17:00",
                "offsetDays", "5, 2", "quietStart", "22:00", "quietEnd", "06:30", "skipHolidays", "true", "laggingPercent", "70"), true);
        assertThat(created.statusCode()).isEqualTo(302);
        Map<String, Object> row = jdbc.sql("SELECT * FROM campaigns WHERE name = :n").param("n", "Đợt đủ " + f.chatBase).query().singleRow();
        assertThat(row.get("lagging_percent")).isEqualTo(70);
        String page = admin.get(created.headers().firstValue("Location").orElseThrow().replace("http://127.0.0.1:" + port, "")).body();
        assertThat(page).contains("Thông báo mở đợt", "Nhắc trước 5 ngày", "Nhắc trước 2 ngày", "Nhắc cấp trên", "22:00", "06:30")
                .doesNotContain("remind-PT", "announce");
    }

    @Test
    void aSecretaryGetsTheStandardPlanFromThePageAndTheApiAndSeesNoButtonTheyMayNotUse() throws Exception {
        CampaignFixture f = fixture();
        f.members(2);
        Campaign adminOne = f.campaign(Instant.now().minusSeconds(60), Duration.ofDays(10), false);
        String login = "bithu" + f.cellB;
        users.create(login, "mat-khau-chi-bo-b", DashboardRole.SECRETARY, f.cellB, null);
        DashboardClient secretary = new DashboardClient(port);
        assertThat(secretary.login(login, "mat-khau-chi-bo-b")).endsWith("/");
        String form = secretary.get("/campaigns/new").body();
        assertThat(form).contains("lịch nhắc chuẩn").doesNotContain("id=\"campaign-offsets\"", "id=\"campaign-paid\"");
        HttpResponse<String> r = secretary.postForm("/campaigns", Map.of("name", "Chi bộ tự học " + f.chatBase, "documentIds",
                Long.toString(f.document), "unitIds", Long.toString(f.cellB), "startsAt", "2030-05-01T08:00", "deadline", "2030-05-20T17:00",
                "offsetDays", "2", "paidBroadcast", "true", "skipSundays", "true"), true);
        assertThat(r.statusCode()).isEqualTo(302);
        Campaign viaPage = campaigns.get(jdbc.sql("SELECT id FROM campaigns WHERE name = :n").param("n", "Chi bộ tự học " + f.chatBase)
                .query(Long.class).single(), vn.hoctap.scheduler.unit.Requester.admin());
        assertThat(viaPage.reminders()).isEqualTo(Campaign.ReminderSettings.defaults());
        assertThat(viaPage.paidBroadcast()).isFalse();

        String other = secretary.get("/campaigns/" + adminOne.id()).body();
        assertThat(other).contains(adminOne.name()).doesNotContain("id=\"cancel-campaign\"", "id=\"move-deadline\"");
        assertThat(secretary.get("/campaigns/" + viaPage.id()).body()).contains("id=\"cancel-campaign\"");
        assertThat(secretary.get("/campaigns").body()).contains(adminOne.name(), "Đang diễn ra");
    }

    @Test
    void aCellSecretaryTiedToAMemberSeesWhoIsNotDoneFirstAndRemindsThemOncePerDay() throws Exception {
        CampaignFixture f = fixture();
        java.util.List<Long> chats = f.members(6);
        Campaign c = f.campaign(Instant.now().minusSeconds(60), Duration.ofDays(10), false);
        // members(6) puts odd ones (indexes 0, 2, 4) in cell B
        long done = f.memberWithChat(chats.get(0));
        long notDone = f.memberWithChat(chats.get(2));
        long secretaryMember = f.memberWithChat(chats.get(4));
        jdbc.sql("INSERT INTO unit_roles (unit_id, member_id, role) VALUES (:u, :m, 'SECRETARY')").param("u", f.cellB)
                .param("m", secretaryMember).update();
        jdbc.sql("INSERT INTO confirmations (member_id, assignment_id) SELECT :m, id FROM assignments WHERE campaign_id = :c")
                .param("m", done).param("c", c.id()).update();
        String login = "bithu-tv" + f.cellB;
        users.create(login, "mat-khau-chi-bo-b", DashboardRole.SECRETARY, null, secretaryMember);
        DashboardClient secretary = new DashboardClient(port);
        assertThat(secretary.login(login, "mat-khau-chi-bo-b")).endsWith("/");
        String cell = secretary.get("/units/" + f.cellB + "?campaign=" + c.id()).body();
        String doneName = jdbc.sql("SELECT full_name FROM members WHERE id = :m").param("m", done).query(String.class).single();
        String notDoneName = jdbc.sql("SELECT full_name FROM members WHERE id = :m").param("m", notDone).query(String.class).single();
        assertThat(cell.indexOf(">" + notDoneName + "<")).isPositive().isLessThan(cell.indexOf(">" + doneName + "<"));
        assertThat(cell).contains("id=\"remind-" + notDone + "\"").doesNotContain("id=\"remind-" + done + "\"");

        Map<String, String> remind = Map.of("campaign", Long.toString(c.id()), "member", Long.toString(notDone));
        HttpResponse<String> first = secretary.postForm("/units/" + f.cellB + "/remind", remind, true);
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(secretary.get("/units/" + f.cellB + "?campaign=" + c.id()).body()).contains("Đã xếp tin nhắc cho " + notDoneName);
        assertThat(count("SELECT count(*) FROM outbox WHERE member_id = " + notDone + " AND step LIKE 'push1-%'")).isEqualTo(1);
        secretary.postForm("/units/" + f.cellB + "/remind", remind, true);
        assertThat(secretary.get("/units/" + f.cellB + "?campaign=" + c.id()).body()).contains("đã được nhắc rồi");
        assertThat(count("SELECT count(*) FROM outbox WHERE member_id = " + notDone + " AND step LIKE 'push1-%'")).isEqualTo(1);
        HttpResponse<String> outside = secretary.postForm("/units/" + f.cellA + "/remind", remind, true);
        assertThat(outside.statusCode()).isIn(302, 403);
        assertThat(count("SELECT count(*) FROM outbox WHERE member_id = " + notDone + " AND step LIKE 'push1-%'")).isEqualTo(1);
    }

    @Test
    void refusedAccountsAreExplainedInVietnameseAndRolesAreWords() throws Exception {
        DashboardClient admin = admin();
        admin.get("/accounts");
        admin.postForm("/accounts", Map.of("username", "bithu-khong-don-vi", "password", "mat-khau-du-dai", "role", "SECRETARY"), true);
        String page = admin.get("/accounts").body();
        assertThat(page).contains("Tài khoản bí thư cần được gắn với một đơn vị.", "Quản trị").doesNotContain("a secretary needs", ">ADMIN<");
    }

    @Test
    void theMembersListSearchesByNameOrCardFiltersAndPages() throws Exception {
        CampaignFixture f = fixture();
        f.members(120);
        jdbc.sql("UPDATE members SET external_ref = 'THE-' || id WHERE unit_id IN (:a, :b)").param("a", f.cellA).param("b", f.cellB).update();
        long one = jdbc.sql("SELECT min(id) FROM members WHERE unit_id = :a").param("a", f.cellA).query(Long.class).single();
        jdbc.sql("UPDATE members SET full_name = 'Phạm Thị Hường', telegram_user_id = NULL WHERE id = :m").param("m", one).update();
        DashboardClient admin = admin();
        String base = "/members?unit=" + f.province;
        assertThat(admin.get(base + "&q=H%C6%B0%E1%BB%9Dng").body()).contains("Phạm Thị Hường", "Tổng số: 1 ").doesNotContain("Đảng viên số 2<");
        assertThat(admin.get(base + "&q=THE-" + one).body()).contains("Phạm Thị Hường");
        assertThat(admin.get(base + "&linked=false").body()).contains("Phạm Thị Hường", "Tổng số: 1 ");
        String first = admin.get(base).body();
        assertThat(first).contains("Tổng số: 120 ", "Trang 1/3", "aria-current=\"page\">1<", ">3</a>");
        assertThat(admin.get(base + "&page=3").body()).contains("Trang 3/3");
        assertThat(admin.get(base + "&sort=NAME&desc=true").body()).contains("aria-sort=\"descending\"");
        String member = admin.get("/members/" + one).body();
        assertThat(member).contains("THE-" + one, "Chi bộ thôn Đông", "id=\"new-invitation\"");
    }

    private CampaignFixture fixture() {
        return campaignFixture(bases);
    }
}

package vn.hoctap.bot.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
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
 * The "Tạo hội nghị" page and the "Kết thúc hội nghị" button through HTTP: rows written as the API
 * writes them, a refused form kept with the Vietnamese reason beside its field, a secretary held to
 * their subtree, and ending queuing the absentees' make-up study.
 */
class ConferenceFormPagesTests extends BotIntegrationTest {

    private static final AtomicLong bases = new AtomicLong(5_300_000_000L);
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    DashboardUsers users;
    @Autowired
    ZoneId zone;

    @Test
    void anAdminCreatesAConferenceFromThePageWithACommonPlaceAndOneOwnPlace() throws Exception {
        CampaignFixture f = fixture();
        f.members(6);
        Campaign c = f.campaign(Instant.now().minusSeconds(60), Duration.ofDays(10), false);
        DashboardClient admin = admin();
        String form = admin.get("/conferences/new?campaign=" + c.id()).body();
        assertThat(form).contains("Tạo hội nghị", c.name(), "value=\"Hội trường\"").containsPattern("id=\"doc-" + f.document + "\"[^>]*checked");
        long district = jdbc.sql("SELECT parent_id FROM units WHERE id = :c").param("c", f.commune).query(Long.class).single();
        Map<String, String> fields = fields(c.id(), "Hội nghị quán triệt " + f.chatBase, in(Duration.ofDays(2)), in(Duration.ofDays(2).plusHours(3)));
        fields.put("unitIds", district + "," + f.commune);
        fields.put("place", "Hội trường huyện ủy");
        fields.put("places[" + f.commune + "]", "Nhà văn hóa xã");
        fields.put("makeupDays", "7");

        HttpResponse<String> created = admin.postForm("/conferences", fields, true);

        assertThat(created.statusCode()).isEqualTo(302);
        long id = jdbc.sql("SELECT id FROM conferences WHERE name = :n").param("n", "Hội nghị quán triệt " + f.chatBase).query(Long.class).single();
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/conferences/" + id);
        assertThat(jdbc.sql("SELECT makeup_days FROM conferences WHERE id = :c").param("c", id).query(Integer.class).single()).isEqualTo(7);
        assertThat(jdbc.sql("SELECT place FROM conference_points WHERE conference_id = :c AND unit_id = :u").param("c", id).param("u", district)
                .query(String.class).single()).isEqualTo("Hội trường huyện ủy");
        assertThat(jdbc.sql("SELECT place FROM conference_points WHERE conference_id = :c AND unit_id = :u").param("c", id).param("u", f.commune)
                .query(String.class).single()).isEqualTo("Nhà văn hóa xã");
        assertThat(count("SELECT count(*) FROM conference_attendees WHERE conference_id = " + id)).isEqualTo(6);
        assertThat(count("SELECT count(*) FROM outbox WHERE step = 'conf" + id + "-invite'")).isEqualTo(6);
        String board = admin.get("/conferences/" + id).body();
        assertThat(board).contains("Đã tạo hội nghị", "id=\"end-conference\"", "id=\"new-opinion-form\"", "Nhà văn hóa xã");
        assertThat(admin.get("/conferences").body()).contains("Hội nghị quán triệt " + f.chatBase, "id=\"new-conference\"");
    }

    @Test
    void aRefusedFormKeepsWhatWasTypedAndSaysWhyInVietnameseBesideTheField() throws Exception {
        CampaignFixture f = fixture();
        Campaign c = f.campaign(Instant.now().minusSeconds(60), Duration.ofDays(10), false);
        DashboardClient admin = admin();
        admin.get("/conferences/new?campaign=" + c.id());
        Map<String, String> backwards = fields(c.id(), "Hội nghị «ngược» " + f.chatBase, in(Duration.ofDays(3)), in(Duration.ofDays(2)));
        backwards.put("unitIds", Long.toString(f.commune));
        backwards.put("place", "Hội trường A");
        HttpResponse<String> r = admin.postForm("/conferences", backwards, true);
        assertThat(r.statusCode()).isEqualTo(200);
        String page = HtmlUtils.htmlUnescape(r.body());
        assertThat(page).contains("id=\"error-endsAt\">Thời điểm kết thúc phải sau thời điểm bắt đầu.<", "value=\"Hội nghị «ngược» " + f.chatBase + "\"",
                "value=\"Hội trường A\"").doesNotContain("the end must be");
        assertThat(page).containsPattern("id=\"conference-units-" + f.commune + "\"[^>]*checked")
                .containsPattern("id=\"doc-" + f.document + "\"[^>]*checked");

        Map<String, String> noPoint = fields(c.id(), "Hội nghị không điểm cầu " + f.chatBase, in(Duration.ofDays(2)), in(Duration.ofDays(3)));
        noPoint.put("makeupDays", "abc");
        String second = HtmlUtils.htmlUnescape(admin.postForm("/conferences", noPoint, true).body());
        assertThat(second).contains("id=\"error-makeupDays\">Phải là một số.<", "value=\"Hội nghị không điểm cầu " + f.chatBase + "\"")
                .containsPattern("id=\"conference-makeup\"[^>]*value=\"abc\"");
        noPoint.put("makeupDays", "-5");
        assertThat(HtmlUtils.htmlUnescape(admin.postForm("/conferences", noPoint, true).body()))
                .containsPattern("id=\"conference-makeup\"[^>]*value=\"-5\"").contains("id=\"error-makeupDays\">");
        noPoint.put("makeupDays", "14");
        String third = HtmlUtils.htmlUnescape(admin.postForm("/conferences", noPoint, true).body());
        assertThat(third).contains("id=\"error-unitIds\">Hội nghị cần từ 1 đến 2.000 điểm cầu: chọn ít nhất một đơn vị.<");

        Map<String, String> refresh = fields(c.id(), "Hội nghị xem bảng " + f.chatBase, in(Duration.ofDays(2)), in(Duration.ofDays(3)));
        refresh.put("unitIds", Long.toString(f.commune));
        refresh.put("place", "Hội trường chung");
        refresh.put("refresh", "1");
        String table = admin.postForm("/conferences", refresh, true).body();
        assertThat(table).contains("id=\"place-" + f.commune + "\"", "placeholder=\"Hội trường chung\"");
        assertThat(count("SELECT count(*) FROM conferences WHERE campaign_id = " + c.id())).isZero();
    }

    @Test
    void aSecretaryChoosesOnlyUnitsOfTheirSubtreeAndIsRefusedOthersWith403() throws Exception {
        CampaignFixture f = fixture();
        f.members(4);
        Campaign c = f.campaign(Instant.now().minusSeconds(60), Duration.ofDays(10), false);
        CampaignFixture other = fixture();
        Campaign theirs = other.campaign(Instant.now().minusSeconds(60), Duration.ofDays(10), false);
        String login = "bithu-hn" + f.cellB;
        users.create(login, "mat-khau-chi-bo-b", DashboardRole.SECRETARY, f.cellB, null);
        DashboardClient secretary = new DashboardClient(port);
        assertThat(secretary.login(login, "mat-khau-chi-bo-b")).endsWith("/");
        String form = secretary.get("/conferences/new?campaign=" + c.id()).body();
        assertThat(form).contains("id=\"conference-units-" + f.cellB + "\"").doesNotContain("id=\"conference-units-" + f.cellA + "\"",
                "id=\"conference-units-" + f.commune + "\"");
        assertThat(secretary.get("/conferences/new?campaign=" + theirs.id()).statusCode()).isEqualTo(403);

        Map<String, String> outside = fields(c.id(), "Hội nghị chi bộ bên cạnh " + f.chatBase, in(Duration.ofDays(2)), in(Duration.ofDays(3)));
        outside.put("unitIds", Long.toString(f.cellA));
        assertThat(secretary.postForm("/conferences", outside, true).statusCode()).isEqualTo(403);
        Map<String, String> otherCampaign = fields(theirs.id(), "Hội nghị tỉnh khác " + f.chatBase, in(Duration.ofDays(2)), in(Duration.ofDays(3)));
        otherCampaign.put("unitIds", Long.toString(f.cellB));
        assertThat(secretary.postForm("/conferences", otherCampaign, true).statusCode()).isEqualTo(403);
        assertThat(count("SELECT count(*) FROM conferences WHERE campaign_id IN (" + c.id() + ", " + theirs.id() + ")")).isZero();

        Map<String, String> own = fields(c.id(), "Hội nghị chi bộ " + f.chatBase, in(Duration.ofDays(2)), in(Duration.ofDays(3)));
        own.put("unitIds", Long.toString(f.cellB));
        assertThat(secretary.postForm("/conferences", own, true).statusCode()).isEqualTo(302);
        assertThat(count("SELECT count(*) FROM conference_attendees a JOIN conferences c ON c.id = a.conference_id WHERE c.campaign_id = "
                + c.id())).isEqualTo(2);
    }

    @Test
    void theEndButtonAsksFirstThenClosesTheConferenceAndQueuesTheMakeUpStudy() throws Exception {
        CampaignFixture f = fixture();
        f.members(6);
        Campaign c = f.campaign(Instant.now().minusSeconds(60), Duration.ofDays(10), false);
        DashboardClient admin = admin();
        assertThat(admin.get("/conferences/new?campaign=" + c.id()).body()).as("documents told apart by their date, not only the number")
                .containsPattern("<span>[^<]+ \\(\\d{2}/\\d{2}/\\d{4}\\) — [^<]+</span>");
        Map<String, String> running = fields(c.id(), "Hội nghị đang họp " + f.chatBase, in(Duration.ofHours(-1)), in(Duration.ofHours(2)));
        running.put("unitIds", Long.toString(f.commune));
        assertThat(admin.postForm("/conferences", running, true).statusCode()).isEqualTo(302);
        long id = jdbc.sql("SELECT id FROM conferences WHERE name = :n").param("n", "Hội nghị đang họp " + f.chatBase).query(Long.class).single();
        String board = admin.get("/conferences/" + id).body();
        assertThat(HtmlUtils.htmlUnescape(board)).contains("data-confirm=\"Kết thúc hội nghị ngay bây giờ?");
        assertThat(count("SELECT count(*) FROM outbox WHERE step = 'conf" + id + "-makeup'")).isZero();

        // A cell's secretary sees the commune's board but may not end it for the whole commune.
        String login = "bithu-ket-thuc" + f.cellB;
        users.create(login, "mat-khau-chi-bo-b", DashboardRole.SECRETARY, f.cellB, null);
        DashboardClient secretary = new DashboardClient(port);
        assertThat(secretary.login(login, "mat-khau-chi-bo-b")).endsWith("/");
        assertThat(secretary.get("/conferences/" + id).body()).contains("Hội nghị đang họp").doesNotContain("id=\"end-conference\"");
        assertThat(secretary.postForm("/conferences/" + id + "/end", Map.of(), true).statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT status FROM conferences WHERE id = :c").param("c", id).query(String.class).single()).isEqualTo("PLANNED");
        assertThat(board).contains("id=\"end-conference\"");

        // The commune's own secretary, whose reach holds the only point, may end it.
        String communeLogin = "bithu-xa-ket-thuc" + f.commune;
        users.create(communeLogin, "mat-khau-dang-bo-xa", DashboardRole.SECRETARY, f.commune, null);
        DashboardClient communeSecretary = new DashboardClient(port);
        assertThat(communeSecretary.login(communeLogin, "mat-khau-dang-bo-xa")).endsWith("/");
        assertThat(communeSecretary.get("/conferences/" + id).body()).contains("id=\"end-conference\"");
        HttpResponse<String> ended = communeSecretary.postForm("/conferences/" + id + "/end", Map.of(), true);

        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT status FROM conferences WHERE id = :c").param("c", id).query(String.class).single()).isEqualTo("ENDED");
        assertThat(count("SELECT count(*) FROM outbox WHERE step = 'conf" + id + "-makeup'")).isEqualTo(6);
        String after = communeSecretary.get("/conferences/" + id).body();
        assertThat(after).contains("Hội nghị đã kết thúc; đã xếp 6 tin nhắn học bù").doesNotContain("id=\"end-conference\"");
        long point = jdbc.sql("SELECT id FROM conference_points WHERE conference_id = :c").param("c", id).query(Long.class).single();
        assertThat(admin.get("/conferences/points/" + point + "/checkin").body()).as("no live QR code once it has ended")
                .contains("Hội nghị đã kết thúc: điểm danh đã đóng. Có mặt 0/6").doesNotContain("id=\"checkin-qr\"", "conference-checkin.js");
        assertThat(admin.get("/audit?action=ConferenceFormPages%23end").body()).contains("Kết thúc hội nghị", "/conferences/" + id + "/end");
    }

    private Map<String, String> fields(long campaign, String name, LocalDateTime start, LocalDateTime end) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("campaignId", Long.toString(campaign));
        m.put("name", name);
        m.put("startsAt", INPUT.format(start));
        m.put("endsAt", INPUT.format(end));
        m.put("documentIds", jdbc.sql("SELECT string_agg(document_id::text, ',') FROM campaign_documents WHERE campaign_id = :c")
                .param("c", campaign).query(String.class).single());
        m.put("place", "Hội trường");
        m.put("makeupDays", "14");
        return m;
    }

    private LocalDateTime in(Duration d) {
        return LocalDateTime.now(zone).plus(d);
    }

    private CampaignFixture fixture() {
        return campaignFixture(bases);
    }
}

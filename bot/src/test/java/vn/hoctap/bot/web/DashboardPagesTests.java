package vn.hoctap.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.bot.testing.CampaignFixture;
import vn.hoctap.bot.testing.DashboardClient;
import vn.hoctap.content.quiz.QuizQuestion;
import vn.hoctap.content.quiz.QuizRepository;
import vn.hoctap.scheduler.campaign.Campaign;

/** The dashboard pages an admin works with, through HTTP: documents, campaigns, reflections, member history, QR sheets, English. */
class DashboardPagesTests extends BotIntegrationTest {

    private static final AtomicLong bases = new AtomicLong(9_000_000_000L);
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    QuizRepository quizzes;

    @Test
    void anAdminImportsADocumentEditsItsSummaryReviewsQuestionsAndPreviewsTheBot() throws Exception {
        DashboardClient admin = admin();
        int number = (int) (System.nanoTime() % 90_000) + 10_000;
        String markdown = """
                ---
                type: KH
                number: "%d"
                issuer: TU
                issued: 2024-03-01
                title: Kế hoạch chuyển đổi số trong công tác tuyên giáo <img src=x onerror=alert(1)>
                ---
                ## I. Mục tiêu
                Đến năm 2025, 100%% chi bộ sinh hoạt có ứng dụng công nghệ thông tin.
                """.formatted(number);
        admin.get("/documents");
        HttpResponse<String> imported = admin.postFile("/documents/import", "ke-hoach.md", markdown.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.statusCode()).isEqualTo(302);
        String page = imported.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        String shown = admin.get("/documents/" + id).body();
        assertThat(shown).contains("Kế hoạch chuyển đổi số", "Xem trước trên bot", "Tôi đã học xong", "&lt;img src=x")
                .doesNotContain("<img src=x");

        admin.postForm("/documents/" + id + "/summary", Map.of("summary", "Tóm tắt do ban tuyên giáo biên soạn."), true);
        assertThat(jdbc.sql("SELECT summary FROM documents WHERE id = :d").param("d", id).query(String.class).single())
                .isEqualTo("Tóm tắt do ban tuyên giáo biên soạn.");
        assertThat(admin.get("/documents/" + id).body()).contains("Đã lưu tóm tắt", "Tóm tắt do ban tuyên giáo biên soạn.");

        List<QuizQuestion> drafts = quizzes.saveDrafts(id, List.of(
                QuizQuestion.generated(id, "Đến năm nào mọi chi bộ sinh hoạt có ứng dụng CNTT?", List.of("2025", "2030", "2027"), 0, "", ""),
                QuizQuestion.generated(id, "Bao nhiêu phần trăm chi bộ?", List.of("100%", "50%", "80%"), 0, "", "")));
        assertThat(admin.get("/documents/" + id).body()).contains("Câu hỏi chờ duyệt (" + quizzes.drafts(id).size() + ")");
        admin.postForm("/documents/" + id + "/questions/" + drafts.get(0).id() + "/approve", Map.of(), true);
        admin.postForm("/documents/" + id + "/questions/" + drafts.get(1).id() + "/reject", Map.of(), true);
        assertThat(quizzes.approved(id)).extracting(QuizQuestion::id).contains(drafts.get(0).id()).doesNotContain(drafts.get(1).id());
        assertThat(quizzes.drafts(id)).extracting(QuizQuestion::id).doesNotContain(drafts.get(0).id(), drafts.get(1).id());

        HttpResponse<String> broken = admin.postFile("/documents/import", "hong.docx", "không phải docx".getBytes(StandardCharsets.UTF_8));
        assertThat(admin.get(broken.headers().firstValue("Location").orElseThrow().replace("http://127.0.0.1:" + port, "")).body())
                .contains("hong.docx");
    }

    @Test
    void theCampaignPageShowsThePlanMovesTheDeadlineAndServesDeliveryProgress() throws Exception {
        CampaignFixture f = fixture();
        List<Long> chats = f.members(2);
        Campaign c = f.campaign(Instant.now().minusSeconds(60), Duration.ofDays(10), false);
        DashboardClient admin = admin();
        // Sent digests of two days (step keys per day and cell): the table shows them as one named row, summed.
        for (String step : List.of("digest-2026-11-27-" + f.province, "digest-2026-11-28-" + f.province)) {
            for (long chat : chats) {
                jdbc.sql("INSERT INTO outbox (campaign_id, step, member_id, chat_id, body, status, sent_at) VALUES (:c, :s, :m, :chat, 'x', 'SENT', now() - interval '5 minutes')")
                        .param("c", c.id()).param("s", step).param("m", f.memberWithChat(chat)).param("chat", chat).update();
            }
        }
        String page = admin.get("/campaigns/" + c.id()).body();
        assertThat(page).contains(c.name(), "Lịch nhắc", "Đang diễn ra", "Nhắc trước 3 ngày", "Nhắc cấp trên").doesNotContain("remind-PT");
        // Quiet hours off (00:00 to 00:00) are said as such, not as "no messages from 00:00 to 00:00".
        assertThat(page).contains("Gửi tin vào mọi giờ").doesNotContain("từ 00:00 đến 00:00");
        assertThat(page).as("the secretaries' daily digest is named").contains("Tổng hợp hằng ngày cho bí thư").doesNotContain("Tin khác");

        LocalDateTime later = LocalDateTime.now(HANOI).plusDays(20).truncatedTo(ChronoUnit.MINUTES);
        admin.postForm("/campaigns/" + c.id() + "/deadline", Map.of("deadline", later.toString()), true);
        Instant stored = jdbc.sql("SELECT deadline FROM campaigns WHERE id = :c").param("c", c.id()).query(java.sql.Timestamp.class)
                .single().toInstant();
        assertThat(stored).isEqualTo(later.atZone(HANOI).toInstant());
        assertThat(admin.get("/campaigns/" + c.id()).body()).contains("Đã đổi hạn");

        HttpResponse<String> progress = admin.get("/campaigns/" + c.id() + "/delivery");
        assertThat(progress.statusCode()).isEqualTo(200);
        assertThat(progress.body()).contains("\"steps\"", "\"rate\":\"0,0\"");
        List<com.fasterxml.jackson.databind.JsonNode> digests = new java.util.ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(progress.body()).path("steps").forEach(step -> {
            if (step.path("step").asText().equals("Tổng hợp hằng ngày cho bí thư")) {
                digests.add(step);
            }
        });
        assertThat(digests).hasSize(1);
        assertThat(digests.get(0).path("sent").asLong()).isEqualTo(4);

        admin.postForm("/campaigns/" + c.id() + "/deadline", Map.of("deadline", "2001-01-01T08:00"), true);
        assertThat(admin.get("/campaigns/" + c.id()).body()).contains("Hạn mới phải sau thời điểm bắt đầu và sau thời điểm hiện tại.")
                .doesNotContain("the new deadline must be after the start");
    }

    @Test
    void reflectionsShowCopyFlagsAndAMembersHistoryListsWhatTheyDid() throws Exception {
        CampaignFixture f = fixture();
        List<Long> chats = f.members(2);
        Campaign c = f.campaign(Instant.now().minusSeconds(60), Duration.ofDays(10), false);
        long assignment = jdbc.sql("SELECT id FROM assignments WHERE campaign_id = :c").param("c", c.id()).query(Long.class).single();
        long copier = f.memberWithChat(chats.get(1));
        jdbc.sql("INSERT INTO confirmations (member_id, assignment_id) VALUES (:m, :a)").param("m", copier).param("a", assignment).update();
        long reflection = jdbc.sql("""
                INSERT INTO reflections (member_id, assignment_id, reflection, reflection_at, plan, plan_at)
                VALUES (:m, :a, 'Bài thu hoạch chép gần nguyên văn nghị quyết.', now(), 'Kế hoạch rèn luyện.', now()) RETURNING id""")
                .param("m", copier).param("a", assignment).query(Long.class).single();
        jdbc.sql("INSERT INTO reflection_flags (reflection_id, matched, score) VALUES (:r, 'document', 0.93)").param("r", reflection).update();

        DashboardClient admin = admin();
        String page = admin.get("/reflections?campaign=" + c.id() + "&unit=" + f.cellA).body();
        assertThat(page).contains("Đảng viên số 2", "Bài thu hoạch chép gần nguyên văn", "Giống văn bản nghị quyết (93%)");
        assertThat(admin.get("/reflections?campaign=" + c.id() + "&unit=" + f.cellB).body()).doesNotContain("Bài thu hoạch chép");

        assertThat(admin.get("/members/" + copier).body()).contains("Đảng viên số 2", "Xác nhận đã học", "Nộp bài thu hoạch",
                "Nộp kế hoạch hành động", "Liên kết tài khoản Telegram");
        assertThat(admin.get("/members/987654321").statusCode()).isEqualTo(404);
    }

    @Test
    void theInvitationSheetHasOneQrCodePerUnlinkedMemberAndReplacesOlderCodes() throws Exception {
        CampaignFixture f = fixture();
        f.members(2); // linked: one per cell
        long unlinkedA = members.create(f.cellA, "Phạm Văn Chưa Liên Kết").id();
        long unlinkedB = members.create(f.cellA, "Hoàng Thị Mới").id();
        DashboardClient admin = admin();
        assertThat(admin.get("/units/" + f.cellA + "/invitations").body()).contains("2 đảng viên của Chi bộ thôn Đông");
        String sheet = admin.postForm("/units/" + f.cellA + "/invitations", Map.of(), true).body();
        assertThat(sheet).contains("Phạm Văn Chưa Liên Kết", "Hoàng Thị Mới", "t.me/");
        assertThat(sheet.split("<svg", -1)).hasSize(3);
        assertThat(count("SELECT count(*) FROM invitations WHERE member_id IN (" + unlinkedA + "," + unlinkedB + ")")).isEqualTo(2);
        admin.postForm("/units/" + f.cellA + "/invitations", Map.of(), true);
        assertThat(count("SELECT count(*) FROM invitations WHERE expires_at > now() AND member_id IN (" + unlinkedA + "," + unlinkedB + ")"))
                .isEqualTo(2);
        assertThat(count("SELECT count(*) FROM invitations WHERE member_id IN (" + unlinkedA + "," + unlinkedB + ")")).isEqualTo(4);
    }

    @Test
    void theUnitPageHighlightsLaggingCellsAndTheOverviewListsTheCampaign() throws Exception {
        CampaignFixture f = fixture();
        List<Long> chats = f.members(4); // cell A: members 2 and 4; cell B: members 1 and 3
        Campaign c = f.campaign(Instant.now().minusSeconds(60), Duration.ofDays(10), false);
        long assignment = jdbc.sql("SELECT id FROM assignments WHERE campaign_id = :c").param("c", c.id()).query(Long.class).single();
        for (long chat : List.of(chats.get(1), chats.get(3))) {
            jdbc.sql("INSERT INTO confirmations (member_id, assignment_id) VALUES (:m, :a)").param("m", f.memberWithChat(chat))
                    .param("a", assignment).update();
        }
        DashboardClient admin = admin();
        String commune = admin.get("/units/" + f.commune + "?campaign=" + c.id()).body();
        assertThat(commune).contains("id=\"total-percent\">50,0%<", "class=\"chart line\"", "<title id=\"chart-t")
                .contains("<tr data-unit=\"" + f.cellB + "\" class=\"lagging\">", "<tr data-unit=\"" + f.cellA + "\">");
        assertThat(admin.get("/").body()).contains(c.name());
    }

    @Test
    void englishIsAvailableAndRemembered() throws Exception {
        DashboardClient browser = new DashboardClient(port);
        assertThat(browser.get("/login?lang=en").body()).contains("Log in", "User name");
        assertThat(browser.get("/login").body()).contains("User name");
        assertThat(browser.get("/login?lang=vi").body()).contains("Tên đăng nhập");
    }

    private CampaignFixture fixture() {
        return campaignFixture(bases);
    }
}

package vn.hoctap.bot.reflection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import vn.hoctap.bot.storage.StorageProperties;
import vn.hoctap.bot.telegram.fake.FakeUser;
import vn.hoctap.bot.telegram.fake.SentMessage;
import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.bot.testing.StudyCampaign;
import vn.hoctap.bot.testing.StudyFixture;
import vn.hoctap.content.quiz.QuizRepository;

/** Writing, editing and submitting a reflection and an action plan; interruptions; copy flags. */
class ReflectionFlowTests extends BotIntegrationTest {

    static final String PART_1 = "Qua học tập Nghị quyết về công tác dân số, tôi nhận thức rõ hơn việc chuyển trọng tâm từ kế hoạch hóa gia đình "
            + "sang dân số và phát triển, quan tâm cả quy mô, cơ cấu, phân bố và chất lượng dân số.";
    static final String PART_2 = "Ở chi bộ thôn, tình trạng sinh con thứ ba và mất cân bằng giới tính khi sinh vẫn còn, người cao tuổi "
            + "ngày càng nhiều nhưng dịch vụ chăm sóc tại cộng đồng còn thiếu.";
    static final String PART_3 = "Bản thân tôi sẽ gương mẫu thực hiện, tuyên truyền trong gia đình và dòng họ, vận động thanh niên khám sức "
            + "khỏe trước hôn nhân và tham gia câu lạc bộ người cao tuổi của thôn.";
    static final String PLAN = "Kế hoạch hành động: mỗi quý tôi phối hợp với cộng tác viên dân số đến thăm mười hộ gia đình trẻ, giới thiệu "
            + "dịch vụ tư vấn tiền hôn nhân; vận động thành lập nhóm tình nguyện chăm sóc người cao tuổi neo đơn; báo cáo kết quả "
            + "trong sinh hoạt chi bộ hằng tháng và đề xuất đưa chỉ tiêu chất lượng dân số vào nghị quyết của chi bộ năm tới.";

    @Autowired
    QuizRepository quizzes;
    @Autowired
    JedisPool redis;
    @Autowired
    StorageProperties storage;

    private StudyFixture fixture;
    private long assignment;

    @BeforeEach
    void campaignWithReflection() {
        fixture = newFixture();
        long doc = documents.findById(assignments.documentOf(fixture.assignment("Về công tác dân số trong tình hình mới",
                "Tóm tắt về dân số và phát triển.", java.time.Duration.ofDays(3))).orElseThrow()).orElseThrow().id();
        jdbc.sql("DELETE FROM assignments WHERE document_id = :d AND campaign_id IS NULL").param("d", doc).update();
        var c = StudyCampaign.create(campaigns, quizzes, this::withoutJobs, doc, fixture.province, false, true);
        assignment = StudyCampaign.assignmentOf(jdbc, c.id());
    }

    private FakeUser member(String name) {
        FakeUser user = newUser(name);
        members.linkTelegram(fixture.member(name), user.userId());
        return user;
    }

    private SentMessage openPage(FakeUser user) {
        user.sendText("/hoc");
        SentMessage list = awaitText(user, "Tài liệu cần học");
        user.press(list, list.buttonTexts().get(0));
        return telegram.awaitMessage(user.chatId(), m -> m.text().contains("Trang 1/") && m.chatId() == user.chatId(), WAIT);
    }

    private SentMessage latest(FakeUser user, String fragment) {
        return telegram.awaitMessage(user.chatId(), m -> m.text().contains(fragment)
                && m.messageId() == telegram.lastMessage(user.chatId()).messageId(), WAIT);
    }

    @Test
    void reflectionInThreeMessagesEditedAndSubmittedThenThePlanUnlocksConfirmation() {
        FakeUser user = member("Nguyễn Thị Thu");
        SentMessage page = openPage(user);
        user.press(page, "✍️ Bài thu hoạch");
        awaitText(user, "Hãy gửi bài thu hoạch");
        user.sendText("Bản nháp đầu tiên chưa đạt.");
        latest(user, "Đã lưu");
        user.press(telegram.lastMessage(user.chatId()), "🗑 Viết lại");
        awaitText(user, "Đã xóa bản nháp");
        user.sendText(PART_1);
        latest(user, "Đã lưu");
        user.sendSticker();
        latest(user, "bằng tin nhắn chữ");
        user.sendText(PART_2);
        latest(user, "Đã lưu");
        user.sendText("/hoc");
        latest(user, "Đồng chí đang viết bài thu hoạch");
        user.sendText(PART_3);
        SentMessage saved = latest(user, "Đã lưu");
        int words = Integer.parseInt(saved.text().replaceAll("(?s).*tổng (\\d+) từ.*", "$1"));
        assertThat(words).isBetween(80, 120);
        user.press(saved, "👁 Xem trước");
        SentMessage preview = latest(user, "Xem trước (" + words + " từ)");
        assertThat(preview.text()).contains(PART_1, PART_2, PART_3).doesNotContain("Bản nháp đầu tiên");
        user.press(preview, "✅ Nộp");
        awaitText(user, "Đã nộp bài thu hoạch (" + words + " từ)");
        latest(user, "kế hoạch hành động cá nhân");

        user.sendText("Ngắn quá.");
        user.press(latest(user, "Đã lưu"), "✅ Nộp");
        latest(user, "Bài còn ngắn: cần từ 50 đến 3.000 từ, bản nháp hiện có 2 từ. Đồng chí gửi thêm nội dung rồi bấm «Nộp».");
        user.press(telegram.lastMessage(user.chatId()), "🗑 Viết lại");
        awaitText(user, "Đã xóa bản nháp");
        user.sendText(PLAN);
        user.press(latest(user, "Đã lưu"), "✅ Nộp");
        SentMessage planDone = latest(user, "Đã nộp kế hoạch hành động");
        user.press(planDone, "✅ Tôi đã học xong");
        awaitText(user, "Đã ghi nhận: đồng chí đã học xong");
        assertThat(count("SELECT count(*) FROM reflections WHERE assignment_id = " + assignment
                + " AND reflection_at IS NOT NULL AND plan_at IS NOT NULL")).isEqualTo(1);

        user.sendText("/baithuhoach");
        SentMessage mine = awaitText(user, "Bài thu hoạch của đồng chí");
        assertThat(mine.text()).contains(words + " từ", "Kế hoạch hành động: đã nộp");
    }

    @Test
    void cancelAndAnEmptyRedisKeepTheDraftAndTheDialogue() {
        FakeUser user = member("Lê Văn Bền");
        SentMessage page = openPage(user);
        user.press(page, "✍️ Bài thu hoạch");
        awaitText(user, "Hãy gửi bài thu hoạch");
        user.sendText(PART_1);
        latest(user, "Đã lưu");
        user.sendText("/huy");
        latest(user, "Đã dừng. Bản nháp được lưu lại");
        user.sendText("tra cứu dân số");
        latest(user, "«tra cứu dân số»");

        user.press(page, "✍️ Bài thu hoạch");
        SentMessage resumed = latest(user, "Bản nháp hiện có");
        assertThat(resumed.buttonTexts()).contains("✅ Nộp");
        // Redis restarts empty in the middle of the dialogue: the next paragraph is still a paragraph
        // (the dialogue's state lives in PostgreSQL), not a search.
        try (Jedis jedis = redis.getResource()) {
            var keys = jedis.keys(storage.redisKeyPrefix() + "*");
            if (!keys.isEmpty()) {
                jedis.del(keys.toArray(String[]::new));
            }
        }
        user.sendText(PART_2);
        latest(user, "Đã lưu");
        assertThat(jdbc.sql("SELECT reflection_draft FROM reflections WHERE assignment_id = :a").param("a", assignment)
                .query(String.class).single()).contains(PART_1, PART_2);
    }

    @Test
    void aNearCopyOfAnotherMembersReflectionIsFlaggedAndAnOriginalIsNot() throws Exception {
        FakeUser first = member("Phạm Văn Gốc");
        submitReflection(first, PART_1 + " " + PART_2 + " " + PART_3);
        FakeUser copier = member("Đỗ Văn Chép");
        String copied = (PART_1 + " " + PART_2 + " " + PART_3).replace("tôi", "em").replace("thôn", "xóm");
        submitReflection(copier, copied);
        FakeUser honest = member("Vũ Thị Thật");
        submitReflection(honest, PLAN + " Tôi cũng sẽ tự học thêm qua sách báo và trao đổi với các đồng chí trong chi bộ về những điều chưa rõ.");

        var body = http("GET", "/api/assignments/" + assignment + "/reflections", null, ADMIN_TOKEN).body();
        long firstId = jdbc.sql("SELECT id FROM members WHERE full_name = 'Phạm Văn Gốc'").query(Long.class).single();
        String copierJson = body.substring(body.indexOf("Đỗ Văn Chép"));
        copierJson = copierJson.substring(0, copierJson.indexOf("]") + 1);
        assertThat(copierJson).contains("\"matched\":\"member:" + firstId + "\"");
        String honestJson = body.substring(body.indexOf("Vũ Thị Thật"));
        assertThat(honestJson.substring(0, honestJson.indexOf("]") + 1)).contains("\"flags\":[]");
    }

    @Test
    void aTooLongReflectionIsRefusedWithTheWayToShortenIt() {
        FakeUser user = member("Trần Văn Dài");
        SentMessage page = openPage(user);
        user.press(page, "✍️ Bài thu hoạch");
        awaitText(user, "Hãy gửi bài thu hoạch");
        String chunk = String.join(" ", java.util.Collections.nCopies(325, "làm tốt việc"));
        for (String total : java.util.List.of("975", "1.950", "2.925", "3.900")) {
            user.sendText(chunk);
            latest(user, "Đã lưu (tổng " + total + " từ)");
        }
        user.press(telegram.lastMessage(user.chatId()), "✅ Nộp");
        SentMessage refused = latest(user, "Bài dài quá: cần từ 50 đến 3.000 từ, bản nháp hiện có 3.900 từ.");
        assertThat(refused.text()).contains("bấm «Viết lại»");
        assertThat(refused.buttonTexts()).contains("🗑 Viết lại");
        assertThat(count("SELECT count(*) FROM reflections WHERE assignment_id = " + assignment + " AND reflection_at IS NOT NULL"))
                .isZero();
    }

    private void submitReflection(FakeUser user, String text) {
        SentMessage page = openPage(user);
        user.press(page, "✍️ Bài thu hoạch");
        awaitText(user, "Hãy gửi bài thu hoạch");
        user.sendText(text);
        user.press(latest(user, "Đã lưu"), "✅ Nộp");
        awaitText(user, "Đã nộp bài thu hoạch");
    }
}

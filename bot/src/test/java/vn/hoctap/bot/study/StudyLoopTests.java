package vn.hoctap.bot.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.hoctap.bot.telegram.fake.FakeUser;
import vn.hoctap.bot.telegram.fake.SentMessage;
import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.bot.testing.StudyFixture;

/** The core loop through the fake Bot API: invitation, /start, /hoc, reading pages, confirming, stats. */
class StudyLoopTests extends BotIntegrationTest {

    private static final String LONG_SUMMARY = String.join("\n\n", List.of(
            "Mục tiêu tổng quát: ".repeat(1) + "tiếp tục đổi mới, sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả. ".repeat(12),
            "Nhiệm vụ: rà soát chức năng, nhiệm vụ của từng cơ quan, khắc phục chồng chéo. ".repeat(15),
            "Giải pháp: đẩy mạnh phân cấp, phân quyền, gắn với kiểm tra, giám sát. ".repeat(15),
            "Đảng viên: học tập, quán triệt và viết bài thu hoạch, kế hoạch hành động cá nhân. ".repeat(12)));


    private StudyFixture fixture;

    @BeforeEach
    void tree() {
        fixture = newFixture();
    }

    @Test
    void invitedMemberLinksReadsPagesAndConfirmsOnce() throws Exception {
        long member = fixture.member("Nguyễn Văn An");
        long assignment = fixture.assignment("Tổ chức bộ máy tinh gọn", LONG_SUMMARY, Duration.ofDays(10));
        long other = fixture.assignment("Công tác dân số", "Tóm tắt ngắn.", Duration.ofDays(20));

        var created = http("POST", "/api/invitations", "{\"memberId\":" + member + "}", ADMIN_TOKEN);
        assertThat(created.statusCode()).isEqualTo(201);
        Matcher link = Pattern.compile("https://t\\.me/HoctapTestBot\\?start=([A-Za-z0-9]{20})").matcher(created.body());
        assertThat(link.find()).as(created.body()).isTrue();

        FakeUser user = newUser("An");
        user.sendText("/start " + link.group(1));
        SentMessage linked = awaitText(user, "Liên kết thành công");
        assertThat(linked.text()).contains("Nguyễn Văn An");
        assertThat(jdbc.sql("SELECT telegram_user_id FROM members WHERE id = :id").param("id", member).query(Long.class).single())
                .isEqualTo(user.userId());

        user.sendText("/hoc");
        SentMessage list = awaitText(user, "Tài liệu cần học — đã hoàn thành 0/2");
        assertThat(list.text()).contains(fixture.code(assignment), "Tổ chức bộ máy tinh gọn", "Hạn hoàn thành", fixture.code(other));
        assertThat(list.buttonTexts()).hasSize(2);

        pressContaining(user, list, fixture.code(assignment));
        SentMessage page = awaitText(user, "Trang 1/");
        assertThat(page.text()).contains("Mục tiêu tổng quát").doesNotContain("Giải pháp:");
        assertThat(page.buttonTexts()).contains("Trang sau ▶", "✅ Tôi đã học xong").doesNotContain("◀ Trang trước");
        int pages = Integer.parseInt(page.text().replaceAll("(?s).*Trang 1/(\\d+).*", "$1"));
        assertThat(pages).isGreaterThanOrEqualTo(3);

        user.press(page, "Trang sau ▶");
        SentMessage page2 = telegram.awaitEdit(user.chatId(), page.messageId(), t -> t.contains("Trang 2/"), WAIT);
        assertThat(page2.buttonTexts()).contains("◀ Trang trước", "Trang sau ▶");
        user.press(page2, "◀ Trang trước");
        telegram.awaitEdit(user.chatId(), page.messageId(), t -> t.contains("Trang 1/") && t.contains("Mục tiêu"), WAIT);
        assertThat(count("SELECT count(*) FROM assignment_views WHERE member_id = " + member)).isEqualTo(1);

        String tap = user.press(telegram.lastMessage(user.chatId()), "✅ Tôi đã học xong");
        assertThat(telegram.awaitCallbackAnswer(tap, WAIT)).isEqualTo("Đã ghi nhận");
        SentMessage done = awaitText(user, "Đã ghi nhận: đồng chí đã học xong " + fixture.code(assignment));
        assertThat(done.text()).contains("Tiến độ: 1/2 tài liệu (50%)");
        telegram.awaitEdit(user.chatId(), page.messageId(), t -> true, WAIT);
        assertThat(confirmations(member, assignment)).isEqualTo(1);

        // The old page message still has the button: tapping it again changes nothing and says when.
        int messagesBefore = telegram.sentMessages(user.chatId()).size();
        String again = user.press(page, "☑️ Đã xác nhận học xong");
        assertThat(telegram.awaitCallbackAnswer(again, WAIT)).startsWith("Đồng chí đã xác nhận học xong tài liệu này lúc");
        assertThat(confirmations(member, assignment)).isEqualTo(1);
        assertThat(telegram.sentMessages(user.chatId())).hasSize(messagesBefore);

        var stats = http("GET", "/api/stats/units/" + fixture.province + "?assignment=" + assignment, null, ADMIN_TOKEN);
        assertThat(stats.statusCode()).isEqualTo(200);
        assertThat(stats.body()).contains("\"members\":1,\"confirmed\":1,\"percent\":100.0");

        user.sendText("/tiendo");
        SentMessage progress = awaitText(user, "Tiến độ học tập của đồng chí Nguyễn Văn An");
        assertThat(progress.text()).contains("Đã hoàn thành 1/2 tài liệu (50%)", "✅ " + fixture.code(assignment),
                "⏳ " + fixture.code(other));
        assertThat(progress.text().substring(progress.text().indexOf("⏳ " + fixture.code(other)))).as("what the open one still needs")
                .contains("\n    Còn cần: đọc bản tóm tắt");
        user.press(progress, "📚 Tài liệu cần học");
        telegram.awaitMessage(user.chatId(), m -> m.messageId() > progress.messageId()
                && m.text().contains("Tài liệu cần học — đã hoàn thành 1/2"), WAIT);
    }

    @Test
    void sameConfirmUpdateDeliveredTwiceCountsOnceAndRepliesOnce() {
        long member = fixture.member("Trần Thị Bình");
        long assignment = fixture.assignment("Đơn vị sự nghiệp công lập", "Tóm tắt một trang.", Duration.ofDays(5));
        FakeUser user = linkedUser(member, "Bình");

        user.sendText("/hoc");
        SentMessage list = awaitText(user, "Tài liệu cần học");
        pressContaining(user, list, fixture.code(assignment));
        SentMessage page = awaitText(user, "Trang 1/1");
        String data = page.callbackData("✅ Tôi đã học xong").orElseThrow();
        int before = telegram.sentMessages(user.chatId()).size();

        String callbackId = user.pressDataTwiceInOneBatch(page, data);
        awaitText(user, "Đã ghi nhận: đồng chí đã học xong");
        // Sentinel: the chat's next update is handled after the second copy would have been.
        user.sendText("/tiendo");
        awaitText(user, "Tiến độ học tập của đồng chí");
        assertThat(confirmations(member, assignment)).isEqualTo(1);
        assertThat(telegram.sentMessages(user.chatId())).hasSize(before + 2);
        assertThat(telegram.calls("answerCallbackQuery").stream()
                .filter(c -> callbackId.equals(c.param("callback_query_id"))).count()).isEqualTo(1);
    }

    @Test
    void memberOnlySeesAndOpensTheirOwnAssignments() {
        long member = fixture.member("Lê Văn Cường");
        long mine = fixture.assignment("Tài liệu của tôi", "Tóm tắt.", Duration.ofDays(5));
        StudyFixture otherProvince = newFixture();
        long foreign = otherProvince.assignment("Tài liệu tỉnh khác", "Bí mật.", Duration.ofDays(5));
        FakeUser user = linkedUser(member, "Cường");

        user.sendText("/hoc");
        SentMessage list = awaitText(user, "Tài liệu cần học");
        assertThat(list.text()).contains(fixture.code(mine)).doesNotContain("Tài liệu tỉnh khác");

        String tampered = user.pressData(list, "o:" + foreign);
        assertThat(telegram.awaitCallbackAnswer(tampered, WAIT)).contains("Nút này không còn hiệu lực");
        String confirmForeign = user.pressData(list, "c:" + foreign + ":1");
        assertThat(telegram.awaitCallbackAnswer(confirmForeign, WAIT)).contains("Nút này không còn hiệu lực");
        assertThat(count("SELECT count(*) FROM confirmations WHERE member_id = " + member)).isZero();
        assertThat(count("SELECT count(*) FROM assignment_views WHERE member_id = " + member)).isZero();
    }

    @Test
    void aDocumentAssignedTwiceShowsEachDeadlineAndOneReadingCountsForBoth() {
        long member = fixture.member("Trịnh Văn Em");
        long first = fixture.assignment("Tài liệu giao hai lần", "Tóm tắt.", Duration.ofDays(5));
        long document = jdbc.sql("SELECT document_id FROM assignments WHERE id = :a").param("a", first).query(Long.class).single();
        long second = assignments.create(document, fixture.cell, java.time.Instant.now().minus(Duration.ofMinutes(5)),
                java.time.Instant.now().plus(Duration.ofDays(20)));
        FakeUser user = linkedUser(member, "Em");

        user.sendText("/hoc");
        SentMessage list = awaitText(user, "Tài liệu cần học");
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        java.time.ZoneId vn = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
        String due = java.time.LocalDate.now(vn).plusDays(5).format(day);
        String later = java.time.LocalDate.now(vn).plusDays(20).format(day);
        assertThat(list.buttonTexts()).containsExactly("⏳ " + fixture.code(first) + " — hạn " + due, "⏳ " + fixture.code(second) + " — hạn " + later);

        user.press(list, "⏳ " + fixture.code(first) + " — hạn " + due);
        awaitText(user, "Trang 1/");
        assertThat(jdbc.sql("SELECT assignment_id FROM assignment_views WHERE member_id = :m ORDER BY assignment_id").param("m", member)
                .query(Long.class).list()).as("the reading counts for both").containsExactly(first, second);

        user.press(telegram.lastMessage(user.chatId()), "✅ Tôi đã học xong");
        awaitText(user, "Đã ghi nhận: đồng chí đã học xong");
        user.sendText("/tiendo");
        assertThat(awaitText(user, "Tiến độ học tập của đồng chí").text()).as("studied once, done for both").contains("2/2")
                .doesNotContain("Chỉ còn bấm");
    }

    @Test
    void memberWithNothingAssignedIsToldSo() {
        StudyFixture empty = newFixture();
        long member = empty.member("Phạm Thị Dung");
        FakeUser user = linkedUser(member, "Dung");
        user.sendText("/hoc");
        awaitText(user, "Hiện đồng chí không có tài liệu nào cần học");
        user.sendText("/tiendo");
        awaitText(user, "chưa được giao tài liệu nào");
    }

    private FakeUser linkedUser(long member, String firstName) {
        FakeUser user = newUser(firstName);
        members.linkTelegram(member, user.userId());
        return user;
    }

    private long confirmations(long member, long assignment) {
        return count("SELECT count(*) FROM confirmations WHERE member_id = " + member + " AND assignment_id = " + assignment);
    }
}

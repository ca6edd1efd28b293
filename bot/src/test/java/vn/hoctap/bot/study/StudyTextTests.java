package vn.hoctap.bot.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import vn.hoctap.bot.telegram.fake.FakeUser;
import vn.hoctap.bot.telegram.fake.SentMessage;
import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.bot.testing.Shown;
import vn.hoctap.bot.testing.StudyFixture;

/** Document text with quotes, ampersands and angle brackets reaches the member as written, in lists and pages. */
class StudyTextTests extends BotIntegrationTest {

    @Test
    void summaryAndTitleWithQuotesAmpersandsAndAngleBracketsAreShownAsWritten() {
        StudyFixture f = newFixture();
        long member = f.member("Đỗ Văn Hùng");
        String summary = "\"Mục tiêu\" & nhiệm vụ: giảm <10% biên chế> trong năm năm.";
        long assignment = f.assignment("Tinh gọn \"bộ máy\" & <đơn vị>", summary, Duration.ofDays(5));
        FakeUser user = newUser("Hùng");
        members.linkTelegram(member, user.userId());

        user.sendText("/hoc");
        SentMessage list = awaitText(user, "Tài liệu cần học");
        assertThat(list.parseMode()).isEqualTo("HTML");
        assertThat(Shown.text(list)).contains("Tinh gọn \"bộ máy\" & <đơn vị>").doesNotContain("&quot;", "&amp;", "&lt;");

        pressContaining(user, list, f.code(assignment));
        SentMessage page = awaitText(user, "Trang 1/1");
        assertThat(page.parseMode()).isEqualTo("HTML");
        assertThat(Shown.text(page)).contains(summary, "Tinh gọn \"bộ máy\" & <đơn vị>").doesNotContain("&quot;");

        user.press(page, "✅ Tôi đã học xong");
        awaitText(user, "Đã ghi nhận: đồng chí đã học xong");
        SentMessage edited = telegram.awaitEdit(user.chatId(), page.messageId(), t -> true, WAIT);
        assertThat(edited.parseMode()).isEqualTo("HTML");
        assertThat(Shown.text(edited)).contains(summary);
        assertThat(edited.buttonTexts()).contains("☑️ Đã xác nhận học xong");
    }
}

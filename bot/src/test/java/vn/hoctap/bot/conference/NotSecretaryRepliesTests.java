package vn.hoctap.bot.conference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.hoctap.bot.telegram.fake.FakeUser;
import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.bot.testing.StudyFixture;

/**
 * A member who is not a secretary tries the secretaries' commands: each answer is about that
 * command and says what the member can do instead (it used to be the roll-call refusal for all three).
 */
class NotSecretaryRepliesTests extends BotIntegrationTest {

    @Test
    void eachSecretaryCommandExplainsItselfToAnOrdinaryMember() {
        StudyFixture fixture = newFixture();
        FakeUser user = newUser("Thường");
        members.linkTelegram(fixture.member("Phạm Thị Thường"), user.userId());

        user.sendText("/diemdanh");
        assertThat(awaitText(user, "Chỉ bí thư hoặc phó bí thư mới điểm danh hộ được.").text())
                .contains("quét mã QR trên màn hình để tự điểm danh");
        user.sendText("/ngoaidang 12");
        assertThat(awaitText(user, "số người ngoài Đảng dự hội nghị").text())
                .doesNotContain("điểm danh hộ");
        user.sendText("/gopy");
        assertThat(awaitText(user, "Lệnh /gopy dành cho bí thư, phó bí thư").text())
                .contains("/chuongtrinh").doesNotContain("điểm danh hộ");
        assertThat(telegram.sentMessages(user.chatId())).hasSize(3);
    }
}

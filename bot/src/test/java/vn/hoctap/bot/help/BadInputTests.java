package vn.hoctap.bot.help;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.hoctap.bot.telegram.fake.FakeUser;
import vn.hoctap.bot.telegram.fake.SentMessage;
import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.bot.testing.StudyFixture;

/** Unknown commands, stickers, photos, random text and tampered buttons: a helpful answer, no change. */
class BadInputTests extends BotIntegrationTest {


    private FakeUser user;
    private long member;

    @BeforeEach
    void linkedMember() {
        StudyFixture fixture = newFixture();
        fixture.assignment("Tài liệu", "Tóm tắt.", java.time.Duration.ofDays(3));
        member = fixture.member("Lý Thị Ngọc");
        user = newUser("Ngọc");
        members.linkTelegram(member, user.userId());
    }

    @Test
    void unknownCommandListsTheRealOnes() {
        user.sendText("/xoa_het_du_lieu");
        assertThat(awaitText(user, "Bot không có lệnh /xoa_het_du_lieu").text()).contains("/hoc", "/tiendo", "/help");
    }

    @Test
    void commandAddressedToTheBotByNameStillWorks() {
        user.sendText("/HOC@HoctapTestBot");
        awaitText(user, "Tài liệu cần học");
    }

    @Test
    void stickersAndPhotosGetAPointerToText() {
        user.sendSticker();
        awaitText(user, "Bot chỉ đọc được tin nhắn chữ");
        user.sendPhoto();
        telegram.awaitMessageCount(user.chatId(), 2, WAIT);
        assertThat(telegram.lastMessage(user.chatId()).text()).contains("nhãn dán");
    }

    @Test
    void randomAndOversizedTextAreSearchedNotAnError() {
        user.sendText("chào bot, hôm nay thế nào?");
        telegram.awaitMessageCount(user.chatId(), 1, WAIT);
        assertThat(telegram.lastMessage(user.chatId()).text()).containsAnyOf("Kết quả tìm kiếm", "Không tìm thấy kết quả");
        user.sendText("a".repeat(4096));
        telegram.awaitMessageCount(user.chatId(), 2, WAIT);
        assertThat(telegram.lastMessage(user.chatId()).text()).contains("Không tìm thấy kết quả", "Từ khóa dài quá");
    }

    @Test
    void strangersAreToldHowToLink() {
        FakeUser stranger = newUser("Khách");
        stranger.sendText("/hoc");
        awaitText(stranger, "chưa liên kết tài khoản");
        stranger.sendText("/tiendo");
        telegram.awaitMessageCount(stranger.chatId(), 2, WAIT);
        assertThat(telegram.lastMessage(stranger.chatId()).text()).contains("chưa liên kết");
    }

    @Test
    void tamperedOrGarbageButtonsGetAnAlertAndChangeNothing() {
        user.sendText("/hoc");
        SentMessage list = awaitText(user, "Tài liệu cần học");
        for (String data : new String[] {"o:99999999999", "c:1", "p:1:2:3:4:5", "zz", "o:-1", "c:abc:1", "'; DROP TABLE members;--",
            "ô:1"}) {
            String id = user.pressData(list, data);
            assertThat(telegram.awaitCallbackAnswer(id, WAIT)).as(data).contains("Nút này không còn hiệu lực");
        }
        assertThat(count("SELECT count(*) FROM confirmations WHERE member_id = " + member)).isZero();
        assertThat(count("SELECT count(*) FROM members")).isPositive();
    }

    @Test
    void pageNumbersOutOfRangeAreClamped() {
        user.sendText("/hoc");
        SentMessage list = awaitText(user, "Tài liệu cần học");
        String open = list.callbackData(list.buttonTexts().get(0)).orElseThrow();
        String id = open.substring(2);
        user.pressData(list, "p:" + id + ":999");
        SentMessage page = telegram.awaitEdit(user.chatId(), list.messageId(), t -> t.contains("Trang 1/1"), WAIT);
        assertThat(page.text()).contains("Tóm tắt.");
    }
}

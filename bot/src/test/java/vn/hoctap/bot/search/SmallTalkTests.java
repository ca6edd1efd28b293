package vn.hoctap.bot.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.hoctap.bot.telegram.fake.FakeUser;
import vn.hoctap.bot.telegram.fake.SentMessage;
import vn.hoctap.bot.testing.BotIntegrationTest;

/** A greeting or a thanks gets a polite answer and the way on, not search results; real queries still search. */
class SmallTalkTests extends BotIntegrationTest {

    @Test
    void greetingsAndThanksAreRecognisedWithOrWithoutDiacritics() {
        assertThat(SmallTalk.kind("Xin chào")).isEqualTo("smalltalk.greeting");
        assertThat(SmallTalk.kind("chao bot!")).isEqualTo("smalltalk.greeting");
        assertThat(SmallTalk.kind("Dạ, chào đồng chí ạ")).isEqualTo("smalltalk.greeting");
        assertThat(SmallTalk.kind("Cảm ơn bot nhiều 🙏")).isEqualTo("smalltalk.thanks");
        assertThat(SmallTalk.kind("cam on")).isEqualTo("smalltalk.thanks");
        assertThat(SmallTalk.kind("OK")).isEqualTo("smalltalk.thanks");
        assertThat(SmallTalk.kind("Dạ vâng ạ")).isEqualTo("smalltalk.thanks");
        assertThat(SmallTalk.kind("chào cờ")).isNull();
        assertThat(SmallTalk.kind("cảm ơn nghị quyết 18")).isNull();
        assertThat(SmallTalk.kind("tinh gọn bộ máy")).isNull();
    }

    @Test
    void memberWhoSaysHelloOrThanksIsAnsweredPolitelyWithTheStudyButton() {
        FakeUser user = newUser("Chào");
        user.sendText("Xin chào");
        SentMessage hello = awaitText(user, "Xin chào đồng chí!");
        assertThat(hello.text()).contains("/hoc", "«nq 18»").doesNotContain("Kết quả tìm kiếm");
        assertThat(hello.buttonTexts()).containsExactly("📚 Tài liệu cần học");
        String tap = user.press(hello, "📚 Tài liệu cần học");
        assertThat(telegram.awaitCallbackAnswer(tap, WAIT)).startsWith("Đồng chí chưa liên kết tài khoản");

        user.sendText("Cảm ơn bot ạ");
        SentMessage thanks = awaitText(user, "Cảm ơn đồng chí!");
        assertThat(thanks.buttonTexts()).containsExactly("📚 Tài liệu cần học");

        user.sendText("nq 18");
        awaitText(user, "«nq 18»");
        assertThat(telegram.sentMessages(user.chatId())).noneMatch(m -> m.text().contains("«Xin chào»") || m.text().contains("«Cảm ơn bot ạ»"));
    }
}

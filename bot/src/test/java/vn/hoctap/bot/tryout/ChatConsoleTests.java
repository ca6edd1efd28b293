package vn.hoctap.bot.tryout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hoctap.bot.telegram.fake.FakeTelegramServer;
import vn.hoctap.bot.telegram.fake.SentMessage;
import vn.hoctap.bot.tryout.ConsoleCommand.Kind;

/** The chat console's little language and what it prints, so the tool keeps working as the fake API evolves. */
class ChatConsoleTests {

    @Test
    void linesNameAUserAndAnAction() {
        assertThat(ConsoleCommand.parse("u1 /start abc123")).isEqualTo(new ConsoleCommand(1, Kind.TEXT, "/start abc123"));
        assertThat(ConsoleCommand.parse("  u12 press 2 ")).isEqualTo(new ConsoleCommand(12, Kind.PRESS, "2"));
        assertThat(ConsoleCommand.parse("u2 press Tôi đã học xong")).isEqualTo(new ConsoleCommand(2, Kind.PRESS, "Tôi đã học xong"));
        assertThat(ConsoleCommand.parse("u1 poll 1, 3")).isEqualTo(new ConsoleCommand(1, Kind.POLL, "1,3"));
        assertThat(ConsoleCommand.parse("u1 poll 2@59")).isEqualTo(new ConsoleCommand(1, Kind.POLL, "2@59"));
        assertThat(ConsoleCommand.parse("u1 say press 2")).isEqualTo(new ConsoleCommand(1, Kind.TEXT, "press 2"));
        assertThat(ConsoleCommand.parse("u1 nghị quyết 18")).isEqualTo(new ConsoleCommand(1, Kind.TEXT, "nghị quyết 18"));
        assertThat(ConsoleCommand.parse("u3 sticker").kind()).isEqualTo(Kind.STICKER);
        assertThat(ConsoleCommand.parse("u3 inline nq 18")).isEqualTo(new ConsoleCommand(3, Kind.INLINE, "nq 18"));
        assertThat(ConsoleCommand.parse("quit").kind()).isEqualTo(Kind.QUIT);
        assertThat(ConsoleCommand.parse("   ")).isNull();
        assertThat(ConsoleCommand.parse("# a comment")).isNull();
    }

    @Test
    void badLinesSayWhatIsExpected() {
        assertThatThrownBy(() -> ConsoleCommand.parse("/hoc")).hasMessageContaining("u1");
        assertThatThrownBy(() -> ConsoleCommand.parse("u0 /hoc")).hasMessageContaining("from 1");
        assertThatThrownBy(() -> ConsoleCommand.parse("u1 press")).hasMessageContaining("button");
        assertThatThrownBy(() -> ConsoleCommand.parse("u1 poll a")).hasMessageContaining("option numbers");
    }

    @Test
    void messagesShowTheirTextAndNumberedButtons() throws Exception {
        var json = new ObjectMapper().readTree("""
                {"message_id": 5, "text": "Xin chào"}""");
        var markup = new ObjectMapper().readTree("""
                {"inline_keyboard": [[{"text": "Học", "callback_data": "h"}, {"text": "Đọc", "url": "https://x"}],
                                     [{"text": "Toàn văn", "web_app": {"url": "https://app"}}]]}""");
        SentMessage message = new SentMessage(1, 5, "Xin chào\ndòng hai", markup, "HTML", List.of("Xin chào\ndòng hai"), json, false);

        assertThat(ChatRendering.render("u1 < #5", message)).isEqualTo("""
                u1 < #5 {HTML}
                    Xin chào
                    dòng hai
                    [1: Học] [2: Đọc -> https://x]
                    [3: Toàn văn -> Mini App https://app]""");
    }

    @Test
    void typedLinesReachTheFakeApiAsUpdates() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (FakeTelegramServer server = FakeTelegramServer.start("1:console-test", "console_test_bot")) {
            ChatConsole console = new ChatConsole(server, new PrintStream(printed, true, StandardCharsets.UTF_8));

            assertThat(console.execute("u1 /hoc")).isTrue();
            assertThat(console.execute("u1 press 1")).isTrue();
            assertThat(console.execute("quit")).isFalse();

            assertThat(server.unconfirmedUpdateCount()).isEqualTo(1);
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("u1 > /hoc", "?? no message with buttons");
        }
    }
}

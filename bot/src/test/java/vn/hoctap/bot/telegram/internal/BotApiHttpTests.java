package vn.hoctap.bot.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** What is read of Telegram's answers, whether they come in the usual order or not. */
class BotApiHttpTests {

    private static BotApiHttp.Answer read(String json) throws IOException {
        return BotApiHttp.Answer.read(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void messageIdIsReadFromTheUsualAnswerAndFromAnyOtherOrder() throws IOException {
        assertThat(read("{\"ok\":true,\"result\":{\"message_id\":4711,\"text\":\"x\"}}"))
                .isEqualTo(new BotApiHttp.Answer(true, 4711, 0, null, null));
        assertThat(read("{ \"result\": {\"chat\": {\"id\": 5}, \"message_id\": 12}, \"ok\": true }"))
                .isEqualTo(new BotApiHttp.Answer(true, 12, 0, null, null));
        assertThat(read("{\"ok\":true,\"result\":{\"message_id\":99999999999,\"text\":\"x\"}}"))
                .isEqualTo(new BotApiHttp.Answer(true, 0, 0, null, null));
        assertThat(read("{\"ok\":true,\"result\":true}")).isEqualTo(new BotApiHttp.Answer(true, 0, 0, null, null));
        assertThat(read("{\"ok\":true,\"result\":[1,2]}")).isEqualTo(new BotApiHttp.Answer(true, 0, 0, null, null));
    }

    @Test
    void errorsKeepTheirCodeDescriptionAndRetryAfter() throws IOException {
        assertThat(read("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 7\","
                + "\"parameters\":{\"retry_after\":7}}"))
                .isEqualTo(new BotApiHttp.Answer(false, 0, 429, "Too Many Requests: retry after 7", 7));
        assertThat(read("{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}"))
                .isEqualTo(new BotApiHttp.Answer(false, 0, 403, "Forbidden: bot was blocked by the user", null));
    }

    @Test
    void anAnswerThatIsNotAJsonObjectIsUnreadable() {
        assertThatThrownBy(() -> read("<html>Bad Gateway</html>")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> read("")).isInstanceOf(IOException.class);
    }
}

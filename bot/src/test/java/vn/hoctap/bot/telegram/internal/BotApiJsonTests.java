package vn.hoctap.bot.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import vn.hoctap.bot.telegram.Button;
import vn.hoctap.bot.telegram.Keyboard;

/** The hand-written request bodies are valid JSON that reads back as the text and buttons given. */
class BotApiJsonTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String AWKWARD = "Đảng \"viên\" \\ học\ttập\r\n\u0001 ✅ 😀 <b>&amp;</b> \u2028 end";

    @Test
    void textWithQuotesControlCharactersAndEmojiReadsBackExactly() throws Exception {
        Keyboard keyboard = new Keyboard(List.of(List.of(new Button(AWKWARD, "o:1"), Button.link("Mở", "https://x.vn/?a=\"1\"")),
                List.of(Button.webApp("Ứng dụng", "https://x.vn/app"))));
        JsonNode json = MAPPER.readTree(BotApiJson.sendMessage(-100123, AWKWARD, true, keyboard));
        assertThat(json.path("chat_id").asLong()).isEqualTo(-100123);
        assertThat(json.path("text").asText()).isEqualTo(AWKWARD);
        assertThat(json.path("parse_mode").asText()).isEqualTo("HTML");
        assertThat(json.path("link_preview_options").path("is_disabled").asBoolean()).isTrue();
        JsonNode rows = json.path("reply_markup").path("inline_keyboard");
        assertThat(rows.get(0).get(0).path("text").asText()).isEqualTo(AWKWARD);
        assertThat(rows.get(0).get(0).path("callback_data").asText()).isEqualTo("o:1");
        assertThat(rows.get(0).get(1).path("url").asText()).isEqualTo("https://x.vn/?a=\"1\"");
        assertThat(rows.get(1).get(0).path("web_app").path("url").asText()).isEqualTo("https://x.vn/app");
    }

    @Test
    void plainTextEditsAndButtonAnswersCarryOnlyTheirFields() throws Exception {
        JsonNode edit = MAPPER.readTree(BotApiJson.editMessageText(5, 77, "Trang 2", false, Keyboard.NONE));
        assertThat(edit.size()).isEqualTo(3);
        assertThat(edit.path("message_id").asInt()).isEqualTo(77);
        assertThat(edit.has("parse_mode")).isFalse();
        JsonNode quiet = MAPPER.readTree(BotApiJson.answerCallbackQuery("123", null, false));
        assertThat(quiet.has("text")).isFalse();
        assertThat(quiet.path("show_alert").asBoolean(true)).isFalse();
        JsonNode alert = MAPPER.readTree(BotApiJson.answerCallbackQuery("123", "Hết hạn", true));
        assertThat(alert.path("text").asText()).isEqualTo("Hết hạn");
        assertThat(alert.path("show_alert").asBoolean()).isTrue();
    }

    @Test
    void bulkRestCompletesABodyAfterTheChatId() throws Exception {
        byte[] rest = BotApiJson.bulkRest(AWKWARD, Keyboard.of(new Button("Học", "o:2")), true);
        JsonNode json = MAPPER.readTree("{\"chat_id\":9," + new String(rest, StandardCharsets.UTF_8) + "}");
        assertThat(json.path("text").asText()).isEqualTo(AWKWARD);
        assertThat(json.path("allow_paid_broadcast").asBoolean()).isTrue();
        assertThat(json.path("reply_markup").path("inline_keyboard").get(0).get(0).path("text").asText()).isEqualTo("Học");
    }
}

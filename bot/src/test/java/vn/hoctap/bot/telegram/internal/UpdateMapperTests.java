package vn.hoctap.bot.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

import vn.hoctap.bot.telegram.Incoming;

/** Reading updates from JSON trees gives what the mapping through TelegramBots' objects gave, update by update. */
class UpdateMapperTests {

    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final String LAN = "{\"id\":501,\"is_bot\":false,\"first_name\":\"Lan\",\"language_code\":\"vi\"}";
    private static final String PRIVATE = "{\"id\":501,\"first_name\":\"Lan\",\"type\":\"private\"}";

    private static String message(String rest) {
        return "{\"update_id\":10,\"message\":{\"message_id\":33,\"from\":" + LAN + ",\"chat\":" + PRIVATE + ",\"date\":1700000000"
                + rest + "}}";
    }

    static final List<String> UPDATES = List.of(
            message(",\"text\":\"/hoc\",\"entities\":[{\"offset\":0,\"length\":4,\"type\":\"bot_command\"}]"),
            message(",\"text\":\"  /Start@HoctapBot   MA-123  x \""),
            message(",\"text\":\"/\""),
            message(",\"text\":\" phòng chống tham nhũng \""),
            message(",\"text\":\"\""),
            message(",\"sticker\":{\"file_id\":\"f\",\"file_unique_id\":\"u\",\"type\":\"regular\",\"width\":1,\"height\":1,"
                    + "\"is_animated\":false,\"is_video\":false}"),
            "{\"update_id\":11,\"message\":{\"message_id\":2,\"chat\":" + PRIVATE + ",\"date\":1,\"text\":\"không có người gửi\"}}",
            "{\"update_id\":12,\"message\":{\"message_id\":2,\"from\":" + LAN
                    + ",\"chat\":{\"id\":-1001,\"title\":\"Chi bộ\",\"type\":\"supergroup\"},\"date\":1,\"text\":\"/hoc\"}}",
            "{\"update_id\":13,\"callback_query\":{\"id\":\"cb1\",\"from\":" + LAN + ",\"message\":{\"message_id\":44,\"from\":{\"id\":9,"
                    + "\"is_bot\":true,\"first_name\":\"Bot\"},\"chat\":" + PRIVATE + ",\"date\":1,\"text\":\"Trang 1\"},"
                    + "\"chat_instance\":\"ci\",\"data\":\"p:1:2\"}}",
            "{\"update_id\":14,\"callback_query\":{\"id\":\"cb2\",\"from\":" + LAN + ",\"chat_instance\":\"ci\",\"data\":\"o:7\"}}",
            "{\"update_id\":15,\"callback_query\":{\"id\":\"cb3\",\"from\":" + LAN + ",\"message\":{\"message_id\":45,\"chat\":" + PRIVATE
                    + ",\"date\":0},\"chat_instance\":\"ci\",\"data\":\"l\"}}",
            "{\"update_id\":16,\"callback_query\":{\"id\":\"cb4\",\"from\":{\"id\":502,\"is_bot\":false,\"first_name\":\"Minh\"},\"chat_instance\":\"ci\"}}",
            "{\"update_id\":17,\"poll_answer\":{\"poll_id\":\"P1\",\"user\":" + LAN + ",\"option_ids\":[0,2]}}",
            "{\"update_id\":18,\"poll_answer\":{\"poll_id\":\"P1\",\"user\":" + LAN + ",\"option_ids\":[]}}",
            "{\"update_id\":19,\"poll_answer\":{\"poll_id\":\"P1\",\"voter_chat\":{\"id\":-100,\"type\":\"channel\"},\"option_ids\":[1]}}",
            "{\"update_id\":20,\"inline_query\":{\"id\":\"iq\",\"from\":" + LAN + ",\"query\":\"nghị quyết 18\",\"offset\":\"\"}}",
            "{\"update_id\":21,\"my_chat_member\":{\"chat\":" + PRIVATE + ",\"from\":" + LAN + ",\"date\":1,"
                    + "\"old_chat_member\":{\"status\":\"member\",\"user\":" + LAN + "},"
                    + "\"new_chat_member\":{\"status\":\"kicked\",\"user\":" + LAN + ",\"until_date\":0}}}",
            "{\"update_id\":22,\"edited_message\":{\"message_id\":1,\"chat\":" + PRIVATE + ",\"date\":1,\"edit_date\":2,\"text\":\"x\"}}",
            "{\"update_id\":23}");

    @Test
    void everyKindOfUpdateMapsAsThroughTelegramBotsObjects() throws Exception {
        for (String json : UPDATES) {
            Incoming expected = ObjectUpdateMapper.map(JSON.readValue(json, Update.class));
            assertThat(UpdateMapper.map(JSON.readTree(json))).as(json).isEqualTo(expected);
        }
    }

    @Test
    void commandsTextAndButtonsKeepWhatHandlersUse() throws Exception {
        Incoming start = UpdateMapper.map(JSON.readTree(UPDATES.get(1)));
        assertThat(start.kind()).isEqualTo(Incoming.Kind.COMMAND);
        assertThat(start.command()).isEqualTo("start");
        assertThat(start.argument()).isEqualTo("MA-123  x");
        Incoming press = UpdateMapper.map(JSON.readTree(UPDATES.get(8)));
        assertThat(press.callbackData()).isEqualTo("p:1:2");
        assertThat(press.messageId()).isEqualTo(44);
        assertThat(press.chatId()).isEqualTo(501);
        assertThat(UpdateMapper.map(JSON.readTree(UPDATES.get(12))).argument()).isEqualTo("0,2");
    }
}

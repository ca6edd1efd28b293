package vn.hoctap.bot.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.TelegramUrl;

import vn.hoctap.bot.telegram.fake.FakeTelegramServer;
import vn.hoctap.bot.telegram.fake.FakeUser;

/**
 * getUpdates through our own call: each update keeps the exact JSON text Telegram sent (what the
 * inbox stores), an error answer is recognisable, and one update the library cannot read does not
 * block the others.
 */
class GetUpdatesCallTests {

    private final GetUpdatesCall call = new GetUpdatesCall(new okhttp3.OkHttpClient(), TelegramUrl.DEFAULT_URL, "1:x");

    @Test
    void eachUpdateKeepsItsJsonTextAsSent() throws Exception {
        String first = "{ \"update_id\" : 7, \"message\": {\"message_id\": 1, \"date\": 1, \"text\": \"Ngh\\u1ecb quy\\u1ebft 18\","
                + " \"chat\": {\"id\": 5, \"type\": \"private\"}, \"future_field\": [1, {\"x\": \"]}\"}]} }";
        String second = "{\"update_id\":8,\"callback_query\":{\"id\":\"q\",\"from\":{\"id\":5,\"is_bot\":false,\"first_name\":\"Lan\"},"
                + "\"chat_instance\":\"c\",\"data\":\"o:1\"}}";
        String body = "{\"ok\":true,\"result\":[" + first + " ,\n" + second + "]}";
        List<ReceivedUpdate> updates = call.parse(body.getBytes(StandardCharsets.UTF_8));
        assertThat(updates).extracting(ReceivedUpdate::json).containsExactly(first, second);
        assertThat(updates.get(0).update().path("message").path("text").asText()).isEqualTo("Nghị quyết 18");
        assertThat(updates.get(1).update().path("callback_query").path("data").asText()).isEqualTo("o:1");
    }

    @Test
    void refusalCarriesTelegramsErrorCode() {
        byte[] body = "{\"ok\":false,\"error_code\":409,\"description\":\"Conflict: can't use getUpdates method while webhook is active\"}"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> call.parse(body)).isInstanceOfSatisfying(GetUpdatesCall.Refused.class,
                r -> assertThat(r.code()).isEqualTo(409));
    }

    @Test
    void unreadableUpdateIsKeptWithItsIdAndTheOthersAreRead() throws Exception {
        String odd = "{\"update_id\":9,\"message\":\"not an object\"}";
        String fine = "{\"update_id\":10,\"message\":{\"message_id\":2,\"date\":1,\"text\":\"hi\",\"chat\":{\"id\":5,\"type\":\"private\"}}}";
        List<ReceivedUpdate> updates = call.parse(("{\"ok\":true,\"result\":[" + odd + "," + fine + "]}").getBytes(StandardCharsets.UTF_8));
        assertThat(updates).extracting(ReceivedUpdate::updateId).containsExactly(9, 10);
        assertThat(updates.get(0).json()).isEqualTo(odd);
        assertThatThrownBy(() -> UpdateMapper.map(updates.get(0).update())).isInstanceOf(IllegalArgumentException.class);
        assertThat(UpdateMapper.map(updates.get(1).update()).text()).isEqualTo("hi");
    }

    @Test
    void fetchesFromTheBotApiWithOffsetAndLimit() throws Exception {
        try (FakeTelegramServer telegram = FakeTelegramServer.start("4242:CALL", "CallBot")) {
            FakeUser user = telegram.user(77, "Lan");
            user.sendText("một");
            user.sendText("hai");
            user.sendText("ba");
            GetUpdatesCall real = new GetUpdatesCall(new okhttp3.OkHttpClient(), telegram.telegramUrl(), telegram.token());
            List<ReceivedUpdate> batch = real.fetch(0, 0, 2, LongPollingTransport.ALLOWED_UPDATES);
            assertThat(batch).extracting(u -> u.update().path("message").path("text").asText()).containsExactly("một", "hai");
            int next = batch.get(1).updateId() + 1;
            List<ReceivedUpdate> rest = real.fetch(next, 0, 100, LongPollingTransport.ALLOWED_UPDATES);
            assertThat(rest).extracting(u -> u.update().path("message").path("text").asText()).containsExactly("ba");
            assertThat(rest.get(0).json()).contains("\"update_id\"");
        }
    }
}

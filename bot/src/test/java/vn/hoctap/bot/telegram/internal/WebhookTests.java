package vn.hoctap.bot.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.hoctap.bot.telegram.fake.FakeTelegramServer;
import vn.hoctap.bot.telegram.fake.FakeUser;
import vn.hoctap.bot.testing.TestInfrastructure;
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.unit.UnitLevel;
import vn.hoctap.scheduler.unit.UnitRepository;

/**
 * Webhook mode: Telegram POSTs updates with the secret header. The fake server here only receives
 * the bot's replies; nothing polls it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "hoctap.telegram.mode=webhook", "hoctap.telegram.webhook-secret=s3cret_webhook-token_123"})
class WebhookTests {

    static final String SECRET = "s3cret_webhook-token_123";
    static final FakeTelegramServer telegram = FakeTelegramServer.start("98765:WEBHOOK", "HoctapHookBot");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, telegram);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UnitRepository units;
    @Autowired
    MemberRepository members;

    @Test
    void updateWithTheRightSecretIsHandledOnceEvenIfPostedTwice() throws Exception {
        FakeUser user = telegram.user(5001, "Hook");
        String update = telegram.updateJson(user.sendText("/help"));
        assertThat(post(update, SECRET).statusCode()).isEqualTo(200);
        assertThat(post(update, SECRET).statusCode()).isEqualTo(200);
        telegram.awaitMessage(user.chatId(), m -> m.text().contains("Hoctap Bot"), Duration.ofSeconds(10));
        // A later update of the same chat is handled after any second copy would have been: once it is
        // answered, a second help reply would already be there.
        assertThat(post(telegram.updateJson(user.sendText("/hoc")), SECRET).statusCode()).isEqualTo(200);
        telegram.awaitMessage(user.chatId(), m -> m.text().contains("chưa liên kết tài khoản"), Duration.ofSeconds(10));
        assertThat(telegram.sentMessages(user.chatId())).hasSize(2)
                .filteredOn(m -> m.text().contains("Hoctap Bot")).hasSize(1);
        assertThat(telegram.calls("getUpdates")).isEmpty();
    }

    @Test
    void wrongOrMissingSecretIsRefusedAndChangesNothing() throws Exception {
        long cell = units.create(null, UnitLevel.PROVINCE, "Tỉnh webhook").id();
        long member = members.create(cell, "Nguyễn Webhook").id();
        FakeUser user = telegram.user(5002, "Hook2");
        jdbc.sql("INSERT INTO invitations (member_id, code_hash, expires_at) VALUES (:m, sha256('WebhookCode12345678'::bytea), now() + interval '1 day')")
                .param("m", member).update();
        String update = telegram.updateJson(user.sendText("/start WebhookCode12345678"));

        assertThat(post(update, "wrong-secret-value-xyz").statusCode()).isEqualTo(403);
        assertThat(post(update, SECRET.substring(0, SECRET.length() - 1)).statusCode()).isEqualTo(403);
        assertThat(post(update, null).statusCode()).isEqualTo(401);
        // Sentinel: a later, accepted update of the same chat; a refused one handled anyway would be answered first.
        assertThat(post(telegram.updateJson(user.sendText("/help")), SECRET).statusCode()).isEqualTo(200);
        telegram.awaitMessage(user.chatId(), m -> m.text().contains("Hoctap Bot"), Duration.ofSeconds(10));
        assertThat(telegram.sentMessages(user.chatId())).hasSize(1);
        assertThat(members.findById(member).orElseThrow().telegramUserId()).isNull();

        assertThat(post(update, SECRET).statusCode()).isEqualTo(200);
        telegram.awaitMessage(user.chatId(), m -> m.text().contains("Liên kết thành công"), Duration.ofSeconds(10));
        assertThat(members.findById(member).orElseThrow().telegramUserId()).isEqualTo(5002L);
    }

    @Test
    void updateIsStoredBeforeTheWebhookIsAnswered() throws Exception {
        FakeUser user = telegram.user(5003, "Hook3");
        int updateId = user.sendText("/help");
        assertThat(post(telegram.updateJson(updateId), SECRET).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM telegram_inbox WHERE update_id = :id").param("id", updateId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void whatCannotBeHandledIsAnsweredWithOkAndIgnored() throws Exception {
        assertThat(post("{this is not json", SECRET).statusCode()).isEqualTo(200);
        assertThat(post("null", SECRET).statusCode()).isEqualTo(200);
        assertThat(post("{\"update_id\": 777001, \"message\": {\"message_id\": 1, \"date\": 1}}", SECRET).statusCode())
                .isEqualTo(200);
        assertThat(jdbc.sql("SELECT status FROM telegram_inbox WHERE update_id = 777001").query(String.class).optional())
                .hasValueSatisfying(status -> assertThat(status).isIn("PENDING", "DONE"));
    }

    @Test
    void oversizedBodyIsRefusedAndTheSecretIsCheckedFirst() throws Exception {
        String huge = "{\"update_id\": 1, \"x\": \"" + "a".repeat(1536 * 1024) + "\"}";
        assertThat(post(huge, null).statusCode()).isEqualTo(401);
        assertThat(post(huge, "wrong-secret-value-xyz").statusCode()).isEqualTo(403);
        assertThat(post(huge, SECRET).statusCode()).isEqualTo(413);
    }

    private HttpResponse<String> post(String body, String secret) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            b.header(WebhookController.SECRET_HEADER, secret);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}

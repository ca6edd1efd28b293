package vn.hoctap.bot.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

import vn.hoctap.bot.telegram.Button;
import vn.hoctap.bot.telegram.Keyboard;
import vn.hoctap.bot.telegram.TelegramCallException;
import vn.hoctap.bot.telegram.fake.FakeTelegramServer;

/** The gateway against the fake Bot API: splitting, Telegram's errors and retries. */
class OkHttpTelegramGatewayTests {

    private FakeTelegramServer telegram;
    private OkHttpTelegramGateway gateway;
    private redis.clients.jedis.JedisPool pool;

    @BeforeEach
    void start() {
        telegram = FakeTelegramServer.start("111:GATEWAY", "GatewayBot");
        pool = new redis.clients.jedis.JedisPool(java.net.URI.create(vn.hoctap.bot.testing.TestRedis.url()));
        var budget = new vn.hoctap.scheduler.delivery.SendBudget(pool, "test-" + java.util.UUID.randomUUID() + ":",
                new vn.hoctap.scheduler.delivery.DeliveryProperties(true, 4, 20, Duration.ofMillis(200), Duration.ofSeconds(60), 30,
                        1000, 1, 0.985, Duration.ofMillis(15), 0.2, 6, Duration.ofSeconds(10), Duration.ofSeconds(20)));
        gateway = new OkHttpTelegramGateway(new OkHttpTelegramClient(telegram.token(), telegram.telegramUrl()),
                new BotApiHttp(new okhttp3.OkHttpClient(), telegram.token(), telegram.telegramUrl()), budget, Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        telegram.close();
        pool.close();
    }

    @Test
    void bulkSendsReuseOneBodyForEveryChatAndReportTelegramsAnswer() {
        Keyboard keyboard = new Keyboard(java.util.List.of(java.util.List.of(new Button("Học ngay", "open:1"))));
        int first = gateway.sendOnce(501, "Nhắc nhở: \"đợt học\" sắp hết hạn", keyboard, true);
        int second = gateway.sendOnce(502, "Nhắc nhở: \"đợt học\" sắp hết hạn", keyboard, true);
        int plain = gateway.sendOnce(503, "Tin thường", Keyboard.NONE, false);

        assertThat(first).isEqualTo(telegram.lastMessage(501).messageId());
        assertThat(second).isEqualTo(telegram.lastMessage(502).messageId());
        assertThat(plain).isEqualTo(telegram.lastMessage(503).messageId());
        assertThat(telegram.lastMessage(502).text()).isEqualTo("Nhắc nhở: \"đợt học\" sắp hết hạn");
        assertThat(telegram.lastMessage(502).buttonTexts()).containsExactly("Học ngay");
        var calls = telegram.calls("sendMessage");
        assertThat(calls.get(1).param("allow_paid_broadcast")).isEqualTo("true");
        assertThat(calls.get(2).param("allow_paid_broadcast")).isNull();
        assertThat(telegram.lastMessage(503).buttonTexts()).isEmpty();

        telegram.failNextWith429("sendMessage", 3);
        assertThatThrownBy(() -> gateway.sendOnce(504, "x", Keyboard.NONE, false)).isInstanceOfSatisfying(TelegramCallException.class,
                e -> {
                    assertThat(e.errorCode()).isEqualTo(429);
                    assertThat(e.retryAfterSeconds()).isEqualTo(3);
                });
        telegram.userBlocksBot(505);
        assertThatThrownBy(() -> gateway.sendOnce(505, "x", Keyboard.NONE, false)).isInstanceOfSatisfying(TelegramCallException.class,
                e -> assertThat(e.errorCode()).isEqualTo(403));
    }

    @Test
    void longTextIsSplitUnderTheLimitWithTheKeyboardOnTheLastPart() {
        String paragraph = "Đảng viên học tập, quán triệt nghị quyết và viết bài thu hoạch. ".repeat(20);
        String text = String.join("\n\n", java.util.Collections.nCopies(8, paragraph.strip()));
        assertThat(text.length()).isGreaterThan(8192);
        gateway.send(1, text, Keyboard.of(new Button("OK", "l")));
        var sent = telegram.sentMessages(1);
        assertThat(sent).hasSize(3).allSatisfy(m -> assertThat(m.text().length()).isLessThanOrEqualTo(4096));
        assertThat(sent.get(0).buttonTexts()).isEmpty();
        assertThat(sent.get(2).buttonTexts()).containsExactly("OK");
        assertThat(String.join("\n\n", sent.stream().map(m -> m.text()).toList())).isEqualTo(text);
    }

    @Test
    void shortRateLimitIsWaitedOutAndRetried() {
        telegram.failNextWith429("sendMessage", 1);
        long start = System.nanoTime();
        gateway.send(2, "Xin chào");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(telegram.sentMessages(2)).hasSize(1);
        assertThat(telegram.calls("sendMessage")).hasSize(2);
    }

    @Test
    void rateLimitLongerThanTheInteractiveBudgetIsReported() {
        telegram.failNextWith429("sendMessage", 60);
        assertThatThrownBy(() -> gateway.send(3, "Xin chào"))
                .isInstanceOfSatisfying(TelegramCallException.class, e -> assertThat(e.errorCode()).isEqualTo(429));
    }

    @Test
    void serverErrorIsRetried() {
        telegram.failNext("sendMessage", 502, "Bad Gateway");
        gateway.send(4, "Xin chào");
        assertThat(telegram.sentMessages(4)).hasSize(1);
    }

    @Test
    void blockedByUserIsNotRetried() {
        telegram.failNext("sendMessage", 403, "Forbidden: bot was blocked by the user");
        assertThatThrownBy(() -> gateway.send(5, "Xin chào"))
                .isInstanceOfSatisfying(TelegramCallException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(403);
                    assertThat(e.getMessage()).contains("blocked by the user");
                });
        assertThat(telegram.calls("sendMessage")).hasSize(1);
    }

    @Test
    void editingToTheSameContentIsNotAnError() {
        gateway.send(6, "Trang 1", Keyboard.of(new Button("Sau", "p:1:2")));
        int id = telegram.lastMessage(6).messageId();
        gateway.edit(6, id, "Trang 1", Keyboard.of(new Button("Sau", "p:1:2")));
        gateway.edit(6, id, "Trang 2", Keyboard.of(new Button("Trước", "p:1:1")));
        assertThat(telegram.lastMessage(6).text()).isEqualTo("Trang 2");
    }

    @Test
    void htmlRepliesAndEditsCarryParseModeLinkPreviewsOffAndTheKeyboard() {
        Keyboard keyboard = new Keyboard(java.util.List.of(java.util.List.of(new Button("Sau", "p:1:2"),
                Button.link("Mở", "https://example.org/a?b=1&c=\"d\"")), java.util.List.of(Button.webApp("Ứng dụng", "https://example.org/app"))));
        gateway.sendHtml(8, "<b>Trang 1</b> &amp; \"trích dẫn\"", keyboard);
        var sent = telegram.lastMessage(8);
        assertThat(sent.text()).isEqualTo("<b>Trang 1</b> &amp; \"trích dẫn\"");
        assertThat(sent.parseMode()).isEqualTo("HTML");
        assertThat(sent.buttonTexts()).containsExactly("Sau", "Mở", "Ứng dụng");
        assertThat(sent.inlineButtons().get(1).path("url").asText()).isEqualTo("https://example.org/a?b=1&c=\"d\"");
        assertThat(sent.inlineButtons().get(2).path("web_app").path("url").asText()).isEqualTo("https://example.org/app");
        var call = telegram.calls("sendMessage").get(0);
        assertThat(call.params().path("link_preview_options").path("is_disabled").asBoolean()).isTrue();

        gateway.editHtml(8, sent.messageId(), "<i>Trang 2</i>", Keyboard.of(new Button("Trước", "p:1:1")));
        gateway.editHtml(8, sent.messageId(), "<i>Trang 2</i>", Keyboard.of(new Button("Trước", "p:1:1")));
        var edited = telegram.lastMessage(8);
        assertThat(edited.text()).isEqualTo("<i>Trang 2</i>");
        assertThat(edited.parseMode()).isEqualTo("HTML");
        assertThat(edited.buttonTexts()).containsExactly("Trước");
        assertThat(telegram.calls("editMessageText")).hasSize(2);
        assertThat(telegram.errorResponses()).hasSize(1).allSatisfy(e -> assertThat(e).contains("message is not modified"));
    }

    @Test
    void plainTextIsSentWithoutParseMode() {
        gateway.send(9, "<b> không phải thẻ");
        assertThat(telegram.lastMessage(9).text()).isEqualTo("<b> không phải thẻ");
        assertThat(telegram.lastMessage(9).parseMode()).isNull();
        assertThat(telegram.calls("sendMessage").get(0).param("parse_mode")).isNull();
    }

    @Test
    void buttonAnswersCarryTheNoticeOrNothingAndAreRetriedAfter429() {
        var user = telegram.user(10, "Lan");
        String quiet = user.pressWithoutMessage("x:1");
        String alert = user.pressWithoutMessage("x:2");
        gateway.answerCallback(quiet, null, false);
        telegram.failNextWith429("answerCallbackQuery", 1);
        gateway.answerCallback(alert, "Đã hết hạn", true);
        assertThat(telegram.answeredCallbacks()).containsEntry(quiet, "").containsEntry(alert, "Đã hết hạn");
        var calls = telegram.calls("answerCallbackQuery");
        assertThat(calls).hasSize(3);
        assertThat(calls.get(0).param("text")).isNull();
        assertThat(calls.get(2).param("show_alert")).isEqualTo("true");
        assertThatThrownBy(() -> gateway.answerCallback("unknown", null, false))
                .isInstanceOfSatisfying(TelegramCallException.class, e -> assertThat(e.errorCode()).isEqualTo(400));
    }

    @Test
    void refusedConnectionIsAFailureWithCodeZero() {
        var http = new BotApiHttp(new okhttp3.OkHttpClient(), "111:GATEWAY",
                new org.telegram.telegrambots.meta.TelegramUrl("http", "127.0.0.1", 1, false));
        assertThatThrownBy(() -> http.call("sendmessage", "{}".getBytes()))
                .isInstanceOfSatisfying(TelegramCallException.class, e -> assertThat(e.errorCode()).isZero());
    }

    @Test
    void callbackDataOver64BytesIsRefusedBeforeSending() {
        assertThatThrownBy(() -> new Button("x", "đ".repeat(33))).isInstanceOf(IllegalArgumentException.class);
    }
}

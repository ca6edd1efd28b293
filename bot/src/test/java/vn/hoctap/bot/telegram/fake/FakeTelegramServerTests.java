package vn.hoctap.bot.telegram.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.polls.SendPoll;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.polls.input.InputPollOption;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** Drives the fake Telegram server with the real TelegramBots client and long-polling loop. */
class FakeTelegramServerTests {

    private static final String TOKEN = "123456:TEST-token";
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final long CHAT = 42L;

    private FakeTelegramServer server;
    private OkHttpTelegramClient client;
    private RawBotApi raw;

    @BeforeEach
    void startServer() {
        server = FakeTelegramServer.start(TOKEN, "hoctap_test_bot");
        client = new OkHttpTelegramClient(TOKEN, server.telegramUrl());
        raw = new RawBotApi(server);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private static InlineKeyboardMarkup keyboard(String text, String data) {
        return InlineKeyboardMarkup.builder()
                .keyboardRow(new InlineKeyboardRow(InlineKeyboardButton.builder().text(text).callbackData(data).build()))
                .build();
    }

    private Message send(long chatId, String text, InlineKeyboardMarkup markup) throws TelegramApiException {
        return client.execute(SendMessage.builder().chatId(chatId).text(text).replyMarkup(markup).build());
    }

    private void edit(long chatId, int messageId, String text, InlineKeyboardMarkup markup) throws TelegramApiException {
        client.execute(EditMessageText.builder().chatId(chatId).messageId(messageId).text(text).replyMarkup(markup).build());
    }

    @Test
    void getMeDescribesTheBotThroughTheRealClient() throws Exception {
        User me = client.execute(new GetMe());

        assertThat(me.getIsBot()).isTrue();
        assertThat(me.getId()).isEqualTo(123456L);
        assertThat(me.getUserName()).isEqualTo("hoctap_test_bot");
        assertThat(server.calls("getMe")).hasSize(1);
    }

    @Test
    void sentMessageWithInlineKeyboardIsReturnedAndRecorded() throws Exception {
        Message sent = send(CHAT, "Xin chào!", keyboard("Bắt đầu", "start:1"));

        assertThat(sent.getMessageId()).isEqualTo(1);
        assertThat(sent.getChatId()).isEqualTo(CHAT);
        assertThat(sent.getFrom().getIsBot()).isTrue();
        assertThat(sent.getReplyMarkup().getKeyboard().get(0).get(0).getCallbackData()).isEqualTo("start:1");
        SentMessage stored = server.lastMessage(CHAT);
        assertThat(stored.text()).isEqualTo("Xin chào!");
        assertThat(stored.buttonTexts()).containsExactly("Bắt đầu");
        assertThat(server.calls("sendMessage").get(0).param("chat_id")).isEqualTo("42");
        assertThat(send(CHAT, "second", null).getMessageId()).isEqualTo(2);
    }

    @Test
    void editReplacesTextKeepsHistoryAndDropsKeyboardWhenOmitted() throws Exception {
        int id = send(CHAT, "Câu 1", keyboard("Đáp án", "a:1")).getMessageId();

        edit(CHAT, id, "Câu 1 ✓", null);

        SentMessage edited = server.awaitEdit(CHAT, id, text -> text.endsWith("✓"), WAIT);
        assertThat(edited.textHistory()).containsExactly("Câu 1", "Câu 1 ✓");
        assertThat(edited.replyMarkup()).isNull();
        assertThat(edited.wasEdited()).isTrue();
    }

    @Test
    void editingToIdenticalTextIsRefusedLikeTelegram() throws Exception {
        int id = send(CHAT, "Same", keyboard("OK", "ok")).getMessageId();

        assertThatThrownBy(() -> edit(CHAT, id, "Same", keyboard("OK", "ok")))
                .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(400);
                    assertThat(e.getApiResponse()).startsWith("Bad Request: message is not modified");
                });
    }

    @Test
    void editingAnUnknownMessageIsRefused() {
        assertThatThrownBy(() -> edit(CHAT, 99, "x", null))
                .isInstanceOfSatisfying(TelegramApiRequestException.class,
                        e -> assertThat(e.getApiResponse()).isEqualTo("Bad Request: message to edit not found"));
    }

    @Test
    void callbackDataLongerThan64Utf8BytesIsRefused() {
        String data = "ôn tập từ vựng tiếng Việt: ".repeat(3); // under 64 chars, over 64 bytes
        assertThat(data.length()).isLessThan(90);

        assertThatThrownBy(() -> send(CHAT, "x", keyboard("Ôn", data)))
                .isInstanceOfSatisfying(TelegramApiRequestException.class,
                        e -> assertThat(e.getApiResponse()).isEqualTo("Bad Request: BUTTON_DATA_INVALID"));
        assertThat(server.sentMessages(CHAT)).isEmpty();
    }

    @Test
    void emptyOverlongAndMalformedHtmlTextsAreRefused() {
        assertThat(raw.post("sendMessage", "{\"chat_id\":42,\"text\":\"\"}").body().path("description").asText())
                .isEqualTo("Bad Request: message text is empty");
        RawBotApi.Reply tooLong = raw.post("sendMessage", "{\"chat_id\":\"42\",\"text\":\"" + "a".repeat(4097) + "\"}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().path("description").asText()).isEqualTo("Bad Request: message is too long");
        assertThatThrownBy(() -> client.execute(SendMessage.builder().chatId(CHAT).text("<b>đậm").parseMode("HTML").build()))
                .hasMessageContaining("can't parse entities");
        assertThat(server.errorResponses()).hasSize(3);
    }

    @Test
    void injected429SurfacesRetryAfterInTheClientException() throws Exception {
        server.failNextWith429("sendMessage", 7);

        assertThatThrownBy(() -> send(CHAT, "hi", null))
                .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(429);
                    assertThat(e.getParameters().getRetryAfter()).isEqualTo(7);
                });
        assertThat(send(CHAT, "hi again", null).getText()).isEqualTo("hi again");
        assertThat(server.tooManyRequestsCount()).isEqualTo(1);
    }

    @Test
    void injectedFailureIsOneShotAndKeepsTelegramsEnvelope() {
        server.failNext("sendMessage", 403, "Forbidden: bot was blocked by the user");

        RawBotApi.Reply reply = raw.post("sendMessage", "{\"chat_id\":42,\"text\":\"hi\"}");
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body().toString())
                .isEqualTo("{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}");
        assertThat(raw.post("sendMessage", "{\"chat_id\":42,\"text\":\"hi\"}").body().path("ok").asBoolean()).isTrue();
    }

    @Test
    void wrongTokenIsUnauthorizedAndUnknownMethodIsNotFound() {
        OkHttpTelegramClient intruder = new OkHttpTelegramClient("999:wrong", server.telegramUrl());
        assertThatThrownBy(() -> intruder.execute(new GetMe()))
                .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> assertThat(e.getErrorCode()).isEqualTo(401));

        RawBotApi.Reply unknown = raw.post("sendTelepathy", "{}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().toString()).isEqualTo("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
        assertThat(new RawBotApi(server, "999:wrong").post("getMe", "{}").body().toString())
                .isEqualTo("{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
    }

    @Test
    void queryStringParametersWorkLikeTelegram() {
        RawBotApi.Reply reply = raw.get("sendMessage", "chat_id=7&text=xin%20ch%C3%A0o");

        assertThat(reply.body().path("result").path("text").asText()).isEqualTo("xin chào");
        assertThat(server.lastMessage(7).text()).isEqualTo("xin chào");
    }

    @Test
    void perChatRateLimitAnswers429WithRetryAfter() throws Exception {
        server.enforceRateLimits(30, 2);
        send(CHAT, "1", null);
        send(CHAT, "2", null);

        assertThatThrownBy(() -> send(CHAT, "3", null))
                .isInstanceOfSatisfying(TelegramApiRequestException.class,
                        e -> assertThat(e.getParameters().getRetryAfter()).isEqualTo(1));
        send(43L, "other chat is fine", null);
        assertThat(server.tooManyRequestsCount()).isEqualTo(1);
        assertThat(server.sentMessages(CHAT)).hasSize(2);
    }

    @Test
    void callbackAnswerIsAwaitableAndASecondAnswerIsRefused() throws Exception {
        send(CHAT, "Sẵn sàng?", keyboard("OK", "ready"));
        String queryId = server.user(CHAT, "Lan").press(server.lastMessage(CHAT), "OK");

        client.execute(AnswerCallbackQuery.builder().callbackQueryId(queryId).text("Đúng rồi!").build());

        assertThat(server.awaitCallbackAnswer(queryId, WAIT)).isEqualTo("Đúng rồi!");
        assertThat(server.answeredCallbacks()).containsEntry(queryId, "Đúng rồi!");
        assertThatThrownBy(() -> client.execute(AnswerCallbackQuery.builder().callbackQueryId(queryId).build()))
                .hasMessageContaining("query is too old");
    }

    @Test
    void quizPollGetsAnIdAndCorrectOptionsWhicheverWayTheyAreSent() throws Exception {
        Message poll = client.execute(SendPoll.builder().chatId(CHAT).question("“Mèo” là gì?").type("quiz")
                .option(InputPollOption.builder().text("cat").build())
                .option(InputPollOption.builder().text("dog").build())
                .correctOptionIds(List.of(0)).isAnonymous(false).build());

        assertThat(poll.getPoll().getId()).isNotBlank();
        assertThat(poll.getPoll().getCorrectOptionIds()).containsExactly(0);
        assertThat(server.lastMessage(CHAT).pollId()).isEqualTo(poll.getPoll().getId());
        JsonNode legacy = raw.post("sendPoll", "{\"chat_id\":42,\"question\":\"Q\",\"options\":[\"a\",\"b\",\"c\"],"
                + "\"type\":\"quiz\",\"correct_option_id\":2}").body().path("result").path("poll");
        assertThat(legacy.path("correct_option_ids").toString()).isEqualTo("[2]");
        assertThat(legacy.path("options").get(2).toString()).isEqualTo("{\"text\":\"c\",\"voter_count\":0}");
    }

    @Test
    void longPollWakesAsSoonAsAnUpdateIsQueuedAndOffsetConfirms() throws Exception {
        FakeUser lan = server.user(CHAT, "Lan");
        int polls = server.calls("getUpdates").size();
        CompletableFuture<JsonNode> poll = CompletableFuture.supplyAsync(
                () -> raw.post("getUpdates", "{\"offset\":0,\"timeout\":10}").body().path("result"));
        awaitPollArrived(polls);

        long started = System.nanoTime();
        lan.sendText("chào");
        JsonNode batch = poll.get(10, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(batch).hasSize(1);
        int updateId = batch.get(0).path("update_id").asInt();

        assertThat(raw.post("getUpdates", "{\"offset\":" + updateId + "}").body().path("result")).hasSize(1);
        assertThat(raw.post("getUpdates", "{\"offset\":" + (updateId + 1) + "}").body().path("result")).isEmpty();
        assertThat(server.unconfirmedUpdateCount()).isZero();
    }

    @Test
    void closeReleasesAWaitingLongPollImmediately() throws Exception {
        int polls = server.calls("getUpdates").size();
        CompletableFuture<RawBotApi.Reply> poll = CompletableFuture.supplyAsync(
                () -> raw.post("getUpdates", "{\"timeout\":30}"));
        awaitPollArrived(polls);
        long started = System.nanoTime();

        server.close();

        try {
            poll.get(5, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException ignored) {
            // the connection may be cut instead of answered; either way the poll is released
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void redeliveredUpdateReturnsWithTheNextBatchDespiteTheOffset() {
        int first = server.user(CHAT, "Lan").sendText("một");
        raw.post("getUpdates", "{\"offset\":0}");

        server.redeliver(first);

        JsonNode batch = raw.post("getUpdates", "{\"offset\":" + (first + 1) + "}").body().path("result");
        assertThat(batch).hasSize(1);
        assertThat(batch.get(0).toString()).isEqualTo(server.updateJson(first));
    }

    @Test
    void callbackPressedTwiceInOneBatchCarriesTheSameUpdateTwice() throws Exception {
        send(CHAT, "Xong chưa?", keyboard("Xong", "done"));
        String queryId = server.user(CHAT, "Lan").pressTwiceInOneBatch(server.lastMessage(CHAT), "Xong");

        JsonNode batch = raw.post("getUpdates", "{\"offset\":0}").body().path("result");

        assertThat(batch).hasSize(2);
        assertThat(batch.get(0)).isEqualTo(batch.get(1));
        assertThat(batch.get(0).path("update_id").asInt()).isEqualTo(server.updateIdOfCallback(queryId));
        assertThat(batch.get(0).path("callback_query").path("data").asText()).isEqualTo("done");
        assertThatThrownBy(() -> server.queueDuplicateInSameBatch(server.updateIdOfCallback(queryId)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("holdUpdates()");
    }

    @Test
    void userUpdatesDeserializeIntoTelegramBotsObjects() throws Exception {
        FakeUser lan = server.user(CHAT, "Lan");
        Update command = update(lan.sendText("/start@hoctap_test_bot now"));
        Update sticker = update(lan.sendSticker());
        Update photo = update(lan.sendPhoto());
        Update vote = update(lan.answerPoll("5123", List.of(1)));

        // TelegramBots 10.2.0 quirk: isCommand()/getCommand() read entity texts that only getEntities()
        // computes, so they report "no command" until getEntities() has been called once.
        assertThat(command.getMessage().isCommand()).isFalse();
        assertThat(command.getMessage().getEntities().get(0).getText()).isEqualTo("/start@hoctap_test_bot");
        assertThat(command.getMessage().isCommand()).isTrue();
        assertThat(command.getMessage().getFrom().getLanguageCode()).isEqualTo("vi");
        assertThat(sticker.getMessage().hasSticker()).isTrue();
        assertThat(photo.getMessage().getPhoto()).hasSize(2);
        assertThat(vote.getPollAnswer().getOptionIds()).containsExactly(1);
        assertThat(vote.getPollAnswer().getUser().getId()).isEqualTo(CHAT);
    }

    private Update update(int updateId) throws Exception {
        return Json.MAPPER.readValue(server.updateJson(updateId), Update.class);
    }

    @Test
    void pressingAMissingButtonListsTheAvailableOnes() throws Exception {
        send(CHAT, "Chọn", keyboard("Tiếp", "next"));

        assertThatThrownBy(() -> server.user(CHAT, "Lan").press(server.lastMessage(CHAT), "Dừng"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("[Tiếp]");
    }

    @Test
    void awaitTimesOutWithADumpOfTheChat() throws Exception {
        send(CHAT, "Chỉ một tin", null);

        assertThatThrownBy(() -> server.awaitMessageCount(CHAT, 2, Duration.ofMillis(200)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("received 1 message(s)")
                .hasMessageContaining("\"Chỉ một tin\"");
    }

    @Test
    void longPollingBotReceivesTextAndButtonPress() throws Exception {
        List<Update> received = new CopyOnWriteArrayList<>();
        LongPollingUpdateConsumer bot = updates -> updates.forEach(update -> {
            received.add(update);
            try {
                if (update.hasMessage()) {
                    send(update.getMessage().getChatId(), "Bạn nói: " + update.getMessage().getText(),
                            keyboard("Hiểu rồi", "ack"));
                } else if (update.hasCallbackQuery()) {
                    client.execute(AnswerCallbackQuery.builder()
                            .callbackQueryId(update.getCallbackQuery().getId()).text("ok").build());
                }
            } catch (TelegramApiException e) {
                throw new IllegalStateException(e);
            }
        });
        FakeUser lan = server.user(CHAT, "Lan");
        try (TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication()) {
            app.registerBot(TOKEN, server::telegramUrl,
                    offset -> GetUpdates.builder().offset(offset + 1).timeout(1).build(), bot);

            lan.sendText("xin chào");
            SentMessage reply = server.awaitMessage(CHAT, m -> m.text().startsWith("Bạn nói"), WAIT);
            String queryId = lan.press(reply, "Hiểu rồi");

            assertThat(server.awaitCallbackAnswer(queryId, WAIT)).isEqualTo("ok");
            assertThat(reply.text()).isEqualTo("Bạn nói: xin chào");
            assertThat(received.get(1).getCallbackQuery().getData()).isEqualTo("ack");
            assertThat(server.calls("deleteWebhook")).hasSize(1);
        }
    }

    @Test
    void duplicateInOneBatchReachesTheLongPollingConsumerTwice() throws Exception {
        List<Integer> seen = new CopyOnWriteArrayList<>();
        FakeUser lan = server.user(CHAT, "Lan");
        try (TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication()) {
            app.registerBot(TOKEN, server::telegramUrl, offset -> GetUpdates.builder().offset(offset + 1).timeout(1).build(),
                    updates -> updates.forEach(update -> seen.add(update.getUpdateId())));

            int once = lan.sendTextTwiceInOneBatch("/start");
            int twice;
            try (FakeTelegramServer.UpdateHold hold = server.holdUpdates()) {
                twice = lan.sendText("again");
                server.queueDuplicateInSameBatch(twice);
            }

            Awaitility.await("four updates seen").atMost(WAIT).until(() -> seen.size() >= 4);
            assertThat(seen).containsExactly(once, once, twice, twice);
        }
    }

    /** Waits (bounded) until the server has received one more getUpdates than before: the long poll is waiting. */
    private void awaitPollArrived(int pollsBefore) {
        Awaitility.await("the long poll at the server").atMost(Duration.ofSeconds(5))
                .until(() -> server.calls("getUpdates").size() > pollsBefore);
    }
}

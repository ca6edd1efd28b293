package vn.hoctap.bot.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.hoctap.bot.telegram.fake.FakeTelegramServer;

/**
 * The baseline of {@link UpdateBenchmark}: a bare TelegramBots bot (the library's own long polling,
 * the same OkHttp client settings and as many worker threads as the app) that answers every message
 * with its text and every button with an answer, storing nothing. What the app costs beyond it is
 * the price of durability, sessions, routing and the real answers.
 */
final class EchoBot implements AutoCloseable {

    private final TelegramBotsLongPollingApplication polling = new TelegramBotsLongPollingApplication(ObjectMapper::new,
            () -> new okhttp3.OkHttpClient.Builder().readTimeout(Duration.ofSeconds(75)).build());
    private final ExecutorService workers;
    private final TelegramClient client;
    private final AtomicLong handled = new AtomicLong();

    EchoBot(FakeTelegramServer telegram, int threads) throws Exception {
        okhttp3.Dispatcher dispatcher = new okhttp3.Dispatcher();
        dispatcher.setMaxRequests(128);
        dispatcher.setMaxRequestsPerHost(64);
        client = new OkHttpTelegramClient(new okhttp3.OkHttpClient.Builder().dispatcher(dispatcher)
                .connectionPool(new okhttp3.ConnectionPool(64, 5, TimeUnit.MINUTES)).build(), telegram.token(), telegram.telegramUrl());
        workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "echo-worker");
            t.setDaemon(true);
            return t;
        });
        polling.registerBot(telegram.token(), telegram::telegramUrl, new DefaultGetUpdatesGenerator(),
                (List<Update> updates) -> updates.forEach(u -> workers.execute(() -> answer(u))));
        if (!polling.isRunning()) {
            polling.start();
        }
    }

    private void answer(Update u) {
        try {
            if (u.hasCallbackQuery()) {
                client.execute(AnswerCallbackQuery.builder().callbackQueryId(u.getCallbackQuery().getId())
                        .text(u.getCallbackQuery().getData()).build());
            } else if (u.hasMessage() && u.getMessage().hasText()) {
                client.execute(SendMessage.builder().chatId(u.getMessage().getChatId()).text(u.getMessage().getText()).build());
            }
        } catch (Exception e) {
            System.err.println("echo failed: " + e);
        } finally {
            handled.incrementAndGet();
        }
    }

    /** Updates answered so far (or failed to answer). */
    long handled() {
        return handled.get();
    }

    @Override
    public void close() throws Exception {
        polling.close();
        workers.shutdownNow();
    }
}

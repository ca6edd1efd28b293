package vn.hoctap.bot.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

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
 *
 * <p>Given a {@link DataSource} it is the <em>durable</em> echo bot: the least any bot that loses
 * nothing at a crash must do. Each fetched batch is stored (one multi-row INSERT) before the
 * library asks Telegram for the next one, which acknowledges it; each update is then marked handled
 * in a transaction of its own (one UPDATE, one commit) before it is answered, so a crash either
 * handles it again or has handled it. No session, no routing, no handler reads or writes.
 */
final class EchoBot implements AutoCloseable {

    private final TelegramBotsLongPollingApplication polling = new TelegramBotsLongPollingApplication(ObjectMapper::new,
            () -> new okhttp3.OkHttpClient.Builder().readTimeout(Duration.ofSeconds(75)).build());
    private final ExecutorService workers;
    private final TelegramClient client;
    private final AtomicLong handled = new AtomicLong();

    private final DataSource ledger;

    EchoBot(FakeTelegramServer telegram, int threads) throws Exception {
        this(telegram, threads, null);
    }

    EchoBot(FakeTelegramServer telegram, int threads, DataSource ledger) throws Exception {
        this.ledger = ledger;
        if (ledger != null) {
            try (Connection c = ledger.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS echo_inbox (update_id int PRIMARY KEY, chat_id bigint NOT NULL,"
                        + " payload text NOT NULL, handled boolean NOT NULL DEFAULT false)");
            }
        }
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
                (List<Update> updates) -> {
                    store(updates);
                    updates.forEach(u -> workers.execute(() -> answer(u)));
                });
        if (!polling.isRunning()) {
            polling.start();
        }
    }

    /** Runs on the polling thread: the library acknowledges the batch with its next getUpdates call. */
    private void store(List<Update> updates) {
        if (ledger == null) {
            return;
        }
        Long[] ids = new Long[updates.size()];
        Long[] chats = new Long[updates.size()];
        String[] payloads = new String[updates.size()];
        for (int i = 0; i < updates.size(); i++) {
            Update u = updates.get(i);
            ids[i] = (long) u.getUpdateId();
            chats[i] = u.hasCallbackQuery() ? u.getCallbackQuery().getFrom().getId() : u.hasMessage() ? u.getMessage().getChatId() : 0L;
            payloads[i] = u.hasCallbackQuery() ? u.getCallbackQuery().getData() : u.hasMessage() ? u.getMessage().getText() : "";
        }
        try (Connection c = ledger.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO echo_inbox (update_id, chat_id, payload) SELECT * FROM unnest(?::int[], ?::bigint[], ?::text[])"
                        + " ON CONFLICT DO NOTHING")) {
            s.setArray(1, c.createArrayOf("int", ids));
            s.setArray(2, c.createArrayOf("bigint", chats));
            s.setArray(3, c.createArrayOf("text", payloads));
            s.executeUpdate();
        } catch (SQLException e) {
            // A benchmark stops here rather than answer what it did not store.
            throw new IllegalStateException(e);
        }
    }

    /** One transaction per update, as a bot that answers each update exactly once must commit. */
    private boolean markHandled(Update u) throws SQLException {
        if (ledger == null) {
            return true;
        }
        try (Connection c = ledger.getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE echo_inbox SET handled = true WHERE update_id = ? AND NOT handled")) {
            c.setAutoCommit(false);
            s.setInt(1, u.getUpdateId());
            int changed = s.executeUpdate();
            c.commit();
            return changed == 1;
        }
    }

    private void answer(Update u) {
        try {
            if (!markHandled(u)) {
                return;
            }
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

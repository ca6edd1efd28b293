package vn.hoctap.bot.telegram.internal;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;

import com.fasterxml.jackson.databind.ObjectMapper;

import okhttp3.OkHttpClient;
import vn.hoctap.bot.telegram.TelegramProperties;

/**
 * Long polling with TelegramBots, active only when it is the configured mode. Stopping cancels the in-flight getUpdates call, so a stopped
 * instance never takes updates meant for the next one.
 */
final class LongPollingTransport implements SmartLifecycle {

    static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query", "inline_query", "poll_answer",
            "my_chat_member");
    private static final Logger log = LoggerFactory.getLogger(LongPollingTransport.class);

    private final TelegramProperties props;
    private final UpdateReceiver receiver;
    private volatile TelegramBotsLongPollingApplication app;
    private volatile ScheduledExecutorService executor;
    private volatile OkHttpClient http;

    private final boolean active;

    LongPollingTransport(TelegramProperties props, UpdateReceiver receiver) {
        this.props = props;
        this.receiver = receiver;
        this.active = props.enabled() && props.mode() == TelegramProperties.Mode.POLLING;
    }

    @Override
    public void start() {
        if (!active) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hoctap-telegram-poller");
            t.setDaemon(true);
            return t;
        });
        http = new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator().get();
        app = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> http, () -> executor);
        int timeout = (int) props.pollTimeout().toSeconds();
        try {
            app.registerBot(props.token(), props::telegramUrl,
                    offset -> GetUpdates.builder().offset(offset + 1).timeout(timeout).limit(100)
                            .allowedUpdates(ALLOWED_UPDATES).build(),
                    updates -> updates.forEach(receiver::receive));
        } catch (Exception e) {
            throw new IllegalStateException("cannot start Telegram long polling against " + props.url(), e);
        }
        log.info("Telegram long polling started against {}", props.url());
    }

    @Override
    public void stop() {
        if (app == null) {
            return;
        }
        try {
            app.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop Telegram long polling", e);
        } finally {
            executor.shutdownNow();
            http.dispatcher().cancelAll();
            app = null;
        }
        log.info("Telegram long polling stopped");
    }

    @Override
    public boolean isRunning() {
        return app != null;
    }

    /** Stop polling before the update workers and storage go away. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}

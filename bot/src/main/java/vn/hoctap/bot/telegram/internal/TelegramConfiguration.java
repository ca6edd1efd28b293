package vn.hoctap.bot.telegram.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import javax.sql.DataSource;

import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizer;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hoctap.bot.session.SessionStore;
import vn.hoctap.scheduler.delivery.SendBudget;
import vn.hoctap.bot.telegram.BotIdentity;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.TelegramProperties;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.bot.telegram.UpdateDispatcher;

/** Wires the Telegram transport: client, gateway, update pipeline and the chosen receiving mode. */
@Configuration(proxyBeanMethods = false)
class TelegramConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TelegramConfiguration.class);

    @Bean
    TelegramGateway telegramGateway(TelegramProperties props, BotIdentity identity, SendBudget budget,
            io.micrometer.core.instrument.MeterRegistry registry) {
        if (!props.enabled()) {
            log.warn("Telegram is OFF: no bot token configured. The web API and stats run; to turn the bot on, "
                    + "set TELEGRAM_BOT_TOKEN (hoctap.telegram.token) and restart.");
            return new DisabledTelegramGateway();
        }
        if (props.mode() == TelegramProperties.Mode.WEBHOOK
                && (props.webhookSecret() == null || !props.webhookSecret().matches("[A-Za-z0-9_-]{16,256}"))) {
            throw new IllegalStateException("Webhook mode needs TELEGRAM_WEBHOOK_SECRET (hoctap.telegram.webhook-secret): "
                    + "16-256 characters of A-Z, a-z, 0-9, _ and -");
        }
        // TelegramBots runs even blocking calls through OkHttp's async dispatcher, which allows only 5
        // concurrent requests per host by default: too few for bulk delivery at paid-broadcast rates.
        okhttp3.Dispatcher dispatcher = new okhttp3.Dispatcher();
        dispatcher.setMaxRequests(128);
        dispatcher.setMaxRequestsPerHost(64);
        okhttp3.OkHttpClient http = new okhttp3.OkHttpClient.Builder().dispatcher(dispatcher)
                .connectionPool(new okhttp3.ConnectionPool(64, 5, java.util.concurrent.TimeUnit.MINUTES))
                .connectTimeout(java.time.Duration.ofSeconds(10)).readTimeout(java.time.Duration.ofSeconds(30))
                .writeTimeout(java.time.Duration.ofSeconds(30)).addInterceptor(new TelegramHttpMetrics(registry)).build();
        TelegramClient client = new OkHttpTelegramClient(http, props.token(), props.telegramUrl());
        learnIdentity(client, identity);
        registerWebhook(client, props);
        return new AfterCommitGateway(new MeteredGateway(new OkHttpTelegramGateway(client,
                new BotApiHttp(http, props.token(), props.telegramUrl()), budget, props.maxRetryAfter()), registry));
    }

    @Bean(destroyMethod = "close")
    ChatOrderedExecutor chatOrderedExecutor(TelegramProperties props) {
        return new ChatOrderedExecutor(props.workerThreads());
    }

    @Bean
    Inbox telegramInbox(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        return new Inbox(jdbc, named, "app-" + java.util.UUID.randomUUID().toString().substring(0, 8));
    }

    @Bean
    InboxDispatcher inboxDispatcher(TelegramProperties props, Inbox inbox, ChatOrderedExecutor executor,
            UpdateDispatcher dispatcher, SessionStore sessions, TelegramGateway gateway, Texts texts,
            PlatformTransactionManager transactions, io.micrometer.core.instrument.MeterRegistry registry) {
        UpdateMetrics metrics = new UpdateMetrics(registry);
        var pipeline = new UpdatePipeline(dispatcher, sessions, new ErrorReplies(gateway, texts, metrics), inbox,
                new TransactionTemplate(transactions));
        return new InboxDispatcher(inbox, executor, pipeline, sessions, props, metrics);
    }

    /**
     * An update's handler runs in one transaction; services it calls may throw a refusal the handler
     * answers (a quiz retaken too soon, a reflection too short). Their participation must not doom
     * the update's transaction: the handler decides, and what it wrote before is still valid.
     */
    @Bean
    TransactionManagerCustomizer<AbstractPlatformTransactionManager> participationFailuresDoNotDoomTheUpdate() {
        return manager -> manager.setGlobalRollbackOnParticipationFailure(false);
    }

    @Bean
    LongPollingTransport longPolling(TelegramProperties props, InboxDispatcher inbox, DataSource dataSource) {
        String botId = props.enabled() ? props.token().split(":", 2)[0] : "off";
        return new LongPollingTransport(props, inbox, new PollerLock(dataSource, botId));
    }

    private static void learnIdentity(TelegramClient client, BotIdentity identity) {
        try {
            identity.learnedUsername(client.execute(new GetMe()).getUserName());
            log.info("Telegram is ON as @{}", identity.username());
        } catch (TelegramApiException e) {
            log.warn("getMe failed ({}); invitation links use the configured username @{}", e.getMessage(),
                    identity.username());
        }
    }

    private static void registerWebhook(TelegramClient client, TelegramProperties props) {
        if (props.mode() != TelegramProperties.Mode.WEBHOOK || props.webhookPublicUrl() == null
                || props.webhookPublicUrl().isBlank()) {
            return;
        }
        try {
            client.execute(SetWebhook.builder().url(props.webhookPublicUrl()).secretToken(props.webhookSecret())
                    .allowedUpdates(LongPollingTransport.ALLOWED_UPDATES).build());
            log.info("Webhook registered at {}", props.webhookPublicUrl());
        } catch (TelegramApiException e) {
            throw new IllegalStateException("cannot register the webhook " + props.webhookPublicUrl(), e);
        }
    }
}

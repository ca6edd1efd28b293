package vn.hoctap.bot.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import redis.clients.jedis.JedisPool;
import tools.jackson.databind.json.JsonMapper;
import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.session.SessionStore;
import vn.hoctap.bot.storage.StorageProperties;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.Keyboard;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.bot.telegram.UpdateDispatcher;
import vn.hoctap.bot.telegram.UpdateHandler;
import vn.hoctap.bot.testing.TestRedis;

/** Load, handle, save only on success; any failure becomes one friendly reply. */
class UpdatePipelineTests {

    private JedisPool pool;
    private SessionStore sessions;
    private final List<String> replies = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() {
        pool = new JedisPool(URI.create(TestRedis.url()));
        var props = new StorageProperties(Path.of("data"), null, null, null, TestRedis.url(), "test-" + UUID.randomUUID() + ":",
                Duration.ofSeconds(2), 4);
        sessions = new SessionStore(pool, JsonMapper.builder().build(), props, Duration.ofHours(1));
    }

    @AfterEach
    void tearDown() {
        pool.close();
    }

    @Test
    void sessionIsSavedWhenTheHandlerSucceeds() {
        pipeline(handler(false)).process(text(1, "xin chào"));
        assertThat(sessions.load(1).state()).contains("touched");
        assertThat(replies).isEmpty();
    }

    @Test
    void sessionIsNotSavedWhenTheHandlerFailsAndTheMemberGetsAnApology() {
        pipeline(handler(true)).process(text(2, "xin chào"));
        assertThat(sessions.load(2).state()).isEmpty();
        assertThat(replies).singleElement().asString().startsWith("2:Xin lỗi, bot gặp sự cố");
    }

    private UpdatePipeline pipeline(UpdateHandler handler) {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Texts texts = new Texts(messages, java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(texts.get("error.generic")).isNotEqualTo(messages.getMessage("error.generic", null, Locale.ENGLISH));
        TelegramGateway gateway = new TelegramGateway() {
            @Override
            public void send(long chatId, String text, Keyboard keyboard) {
                replies.add(chatId + ":" + text);
            }

            @Override
            public int sendOnce(long chatId, String text, Keyboard keyboard, boolean paidBroadcast) {
                replies.add(chatId + ":" + text);
                return 1;
            }

            @Override
            public String sendQuizPoll(long chatId, String question, List<String> options, List<Integer> correct,
                    String explanation) {
                return "poll";
            }

            @Override
            public void sendHtml(long chatId, String html, Keyboard keyboard) {
                replies.add(chatId + ":" + html);
            }

            @Override
            public void answerInline(String inlineQueryId, List<vn.hoctap.bot.telegram.InlineArticle> articles) {
            }

            @Override
            public void edit(long chatId, int messageId, String text, Keyboard keyboard) {
            }

            @Override
            public void answerCallback(String callbackId, String notice, boolean alert) {
            }
        };
        return new UpdatePipeline(new UpdateDispatcher(List.of(handler)), sessions, new ErrorReplies(gateway, texts));
    }

    private static UpdateHandler handler(boolean fail) {
        return new UpdateHandler() {
            @Override
            public boolean accepts(Incoming in, ChatSession session) {
                return true;
            }

            @Override
            public void handle(Incoming in, ChatSession session) {
                session.enter("touched");
                if (fail) {
                    throw new IllegalStateException("database went away");
                }
            }
        };
    }

    private static Incoming text(long chat, String text) {
        return new Incoming(1, Incoming.Kind.TEXT, chat, chat, "A", text, null, null, null, null, 1, null);
    }
}

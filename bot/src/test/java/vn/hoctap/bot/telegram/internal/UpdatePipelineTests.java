package vn.hoctap.bot.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.session.SessionStore;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.Keyboard;
import vn.hoctap.bot.telegram.RouteGroup;
import vn.hoctap.bot.telegram.TelegramCallException;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.bot.telegram.UpdateDispatcher;
import vn.hoctap.bot.telegram.UpdateHandler;
import vn.hoctap.bot.testing.BotIntegrationTest;

/**
 * One update, one transaction: the handler's writes, the session and "handled" commit together;
 * a failure rolls all back with one apology; a refused reply keeps the member's action; a storage
 * outage is waited out; an update handled already is not handled again.
 */
class UpdatePipelineTests extends BotIntegrationTest {

    @Autowired
    Inbox inbox;
    @Autowired
    SessionStore sessions;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Texts texts;

    private final List<String> replies = new CopyOnWriteArrayList<>();

    @org.junit.jupiter.api.BeforeEach
    void notesTable() {
        jdbc.sql("CREATE TABLE IF NOT EXISTS pipeline_notes (chat bigint, note text)").update();
    }

    @Test
    void handlerWritesSessionAndHandledCommitTogether() {
        int id = stored(8_800_001, 881);
        pipeline(write("ok", null)).process(id, text(id, 881), () -> true);
        assertThat(notes(881)).containsExactly("ok");
        assertThat(sessions.load(881).state()).contains("touched");
        assertThat(status(id)).isEqualTo("DONE");
        assertThat(replies).isEmpty();
    }

    @Test
    void failingHandlerLeavesNothingBehindAndTheMemberGetsOneApology() {
        int id = stored(8_800_002, 882);
        pipeline(write("lost", new IllegalStateException("bug"))).process(id, text(id, 882), () -> true);
        assertThat(notes(882)).isEmpty();
        assertThat(sessions.load(882).state()).isEmpty();
        assertThat(status(id)).isEqualTo("FAILED");
        assertThat(replies).singleElement().asString().startsWith("882:Xin lỗi, bot gặp sự cố");
    }

    @Test
    void refusedReplyKeepsWhatTheMemberDid() {
        int id = stored(8_800_003, 883);
        pipeline(write("kept", new TelegramCallException("sendmessage", 403, "Forbidden: bot was blocked by the user", null, null)))
                .process(id, text(id, 883), () -> true);
        assertThat(notes(883)).containsExactly("kept");
        assertThat(status(id)).isEqualTo("DONE");
    }

    @Test
    void storageOutageIsRetriedInPlaceAndHandledOnce() {
        int id = stored(8_800_004, 884);
        AtomicInteger calls = new AtomicInteger();
        UpdateHandler flaky = handler((in, session) -> {
            if (calls.incrementAndGet() <= 2) {
                throw new CannotGetJdbcConnectionException("PostgreSQL is restarting");
            }
            note(in.chatId(), "after outage");
        });
        pipeline(flaky).process(id, text(id, 884), () -> true);
        assertThat(calls).hasValue(3);
        assertThat(notes(884)).containsExactly("after outage");
        assertThat(status(id)).isEqualTo("DONE");
        assertThat(replies).isEmpty();
    }

    @Test
    void updateHandledAlreadyIsNotHandledAgain() {
        int id = stored(8_800_005, 885);
        UpdatePipeline pipeline = pipeline(write("once", null));
        pipeline.process(id, text(id, 885), () -> true);
        pipeline.process(id, text(id, 885), () -> true);
        assertThat(notes(885)).containsExactly("once");
    }

    /**
     * The chat lock and the session are taken in one round trip (telegram_begin_update): the second
     * update of a chat, arriving while the first holds the lock (another instance, or a take-over),
     * must see the session the first committed, not the one before its wait.
     */
    @Test
    void updateWaitingForTheChatLockSeesTheSessionTheHolderCommitted() throws Exception {
        int first = stored(8_800_006, 886);
        int second = stored(8_800_007, 886);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        List<String> seen = new CopyOnWriteArrayList<>();
        UpdatePipeline pipeline = pipeline(handler((in, session) -> {
            if (in.updateId() == first) {
                session.enter("written by the first");
                release.await();
            } else {
                seen.add(session.state().orElse("none"));
            }
        }));
        Thread a = new Thread(() -> pipeline.process(first, text(first, 886), () -> true));
        a.start();
        org.awaitility.Awaitility.await().until(() -> advisoryLocks(true) == 1);
        Thread b = new Thread(() -> pipeline.process(second, text(second, 886), () -> true));
        b.start();
        org.awaitility.Awaitility.await().until(() -> advisoryLocks(false) == 1);
        release.countDown();
        a.join(10_000);
        b.join(10_000);
        assertThat(seen).containsExactly("written by the first");
        assertThat(status(first)).isEqualTo("DONE");
        assertThat(status(second)).isEqualTo("DONE");
    }

    @Test
    void ignoredUpdateIsMarkedHandledWithoutLockingItsChat() {
        int id = stored(8_800_008, 887);
        AtomicInteger calls = new AtomicInteger();
        pipeline(handler((in, session) -> calls.incrementAndGet())).process(id,
                new Incoming(id, Incoming.Kind.IGNORED, 887, 0, "", null, null, null, null, null, null, null), () -> true);
        assertThat(status(id)).isEqualTo("DONE");
        assertThat(calls).hasValue(0);
    }

    private long advisoryLocks(boolean granted) {
        return jdbc.sql("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = 886 AND granted = :g")
                .param("g", granted).query(Long.class).single();
    }

    private interface Body {
        void run(Incoming in, ChatSession session) throws Exception;
    }

    private UpdateHandler write(String note, RuntimeException then) {
        return handler((in, session) -> {
            note(in.chatId(), note);
            session.enter("touched");
            if (then != null) {
                throw then;
            }
        });
    }

    private void note(long chat, String text) {
        jdbc.sql("INSERT INTO pipeline_notes VALUES (:c, :n)").param("c", chat).param("n", text).update();
    }

    private List<String> notes(long chat) {
        return jdbc.sql("SELECT note FROM pipeline_notes WHERE chat = :c").param("c", chat).query(String.class).list();
    }

    private static UpdateHandler handler(Body body) {
        return new UpdateHandler() {
            @Override
            public boolean accepts(Incoming in, ChatSession session) {
                return true;
            }

            @Override
            public void handle(Incoming in, ChatSession session) throws Exception {
                body.run(in, session);
            }
        };
    }

    private int stored(int updateId, long chat) {
        assertThat(inbox.store(List.of(new Inbox.Row(updateId, chat, "{}", 0)))).hasSize(1);
        return updateId;
    }

    private String status(int updateId) {
        return jdbc.sql("SELECT status FROM telegram_inbox WHERE update_id = :id").param("id", updateId).query(String.class).single();
    }

    private UpdatePipeline pipeline(UpdateHandler handler) {
        TelegramGateway gateway = new RecordingGateway(replies);
        return new UpdatePipeline(new UpdateDispatcher(List.of(RouteGroup.named("test").handle(handler).build())), sessions,
                new ErrorReplies(gateway, texts, new UpdateMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry())), inbox,
                new TransactionTemplate(transactions));
    }

    private static Incoming text(int updateId, long chat) {
        return new Incoming(updateId, Incoming.Kind.TEXT, chat, chat, "A", "xin chào", null, null, null, null, 1, null);
    }

    /** Records what would reach the chat. */
    private record RecordingGateway(List<String> replies) implements TelegramGateway {
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
        public String sendQuizPoll(long chatId, String question, List<String> options, List<Integer> correct, String explanation) {
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
    }
}

package vn.hoctap.bot.telegram.internal;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.session.SessionStore;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramCallException;
import vn.hoctap.bot.telegram.UpdateDispatcher;
import vn.hoctap.bot.telegram.UpdateHandler;

/**
 * Handles one stored update in one transaction: mark it handled in the inbox, lock the chat and load
 * its session (one round trip), run the routed handler, save the session if it changed. The
 * handler's writes, the session and "handled" commit together, so a crash at any line either keeps
 * all of them or none (and the update is handled again). A storage outage is waited out in place,
 * in the chat's order; a reply Telegram refused does not undo what the member did; any other
 * failure is rolled back and answered with one apology.
 */
final class UpdatePipeline {

    private static final Logger log = LoggerFactory.getLogger(UpdatePipeline.class);
    private static final Duration BUSY_NOTICE_AFTER = Duration.ofSeconds(10);

    private final UpdateDispatcher dispatcher;
    private final SessionStore sessions;
    private final ErrorReplies errors;
    private final Inbox inbox;
    private final TransactionTemplate tx;

    UpdatePipeline(UpdateDispatcher dispatcher, SessionStore sessions, ErrorReplies errors, Inbox inbox, TransactionTemplate tx) {
        this.dispatcher = dispatcher;
        this.sessions = sessions;
        this.errors = errors;
        this.inbox = inbox;
        this.tx = tx;
    }

    /** @param keepTrying false once the instance is stopping: a storage failure then leaves the update for later */
    void process(int updateId, Incoming in, BooleanSupplier keepTrying) {
        long waitMillis = 250;
        long started = System.nanoTime();
        boolean toldBusy = false;
        while (true) {
            try {
                tx.executeWithoutResult(status -> handle(updateId, in));
                return;
            } catch (RuntimeException e) {
                if (StorageFailures.isTransient(e)) {
                    if (!keepTrying.getAsBoolean()) {
                        log.warn("Update {} left in the inbox at shutdown after a storage failure: {}", updateId, e.getMessage());
                        return;
                    }
                    if (!toldBusy && System.nanoTime() - started > BUSY_NOTICE_AFTER.toNanos()) {
                        toldBusy = errors.tellBusy(in);
                    }
                    log.warn("Storage unavailable for update {} of chat {}; retrying in {} ms: {}", updateId, in.chatId(),
                            waitMillis, e.getMessage());
                    if (!sleep(waitMillis)) {
                        return;
                    }
                    waitMillis = Math.min(5_000, waitMillis * 2);
                    continue;
                }
                errors.handle(in, e);
                try {
                    inbox.markFailed(updateId, e.toString());
                } catch (RuntimeException markFailure) {
                    log.warn("Could not mark update {} failed: {}", updateId, markFailure.getMessage());
                }
                return;
            }
        }
    }

    private void handle(int updateId, Incoming in) {
        boolean ignored = in.kind() == Incoming.Kind.IGNORED;
        Inbox.Begun begun = inbox.begin(updateId, in.chatId(), !ignored);
        if (!begun.fresh()) {
            log.debug("Update {} was handled already", updateId);
            return;
        }
        if (ignored) {
            return;
        }
        ChatSession session = sessions.restore(in.chatId(), begun.revision(), begun.state(), begun.data());
        UpdateHandler handler = dispatcher.route(in, session)
                .orElseThrow(() -> new IllegalStateException("no handler accepts " + in.kind()));
        try {
            handler.handle(in, session);
        } catch (TelegramCallException e) {
            // What the member did is kept (it commits below); only our answer did not reach them.
            log.warn("Telegram refused an answer to update {} of chat {}: {}", updateId, in.chatId(), e.getMessage());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("handler of update " + updateId + " failed", e);
        }
        sessions.saveIfChanged(session);
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

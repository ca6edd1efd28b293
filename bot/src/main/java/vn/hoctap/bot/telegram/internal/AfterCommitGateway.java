package vn.hoctap.bot.telegram.internal;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.hoctap.bot.telegram.InlineArticle;
import vn.hoctap.bot.telegram.Keyboard;
import vn.hoctap.bot.telegram.TelegramGateway;

/**
 * Holds a handler's replies until its update's transaction commits, so a member is told "done" only
 * for what was stored, and a rolled-back update says nothing but its one apology. Calls whose answer
 * the handler needs (a quiz poll's id, a bulk send's message id) go out at once, after the replies
 * held before them, so the chat still reads in order. Outside a transaction every call is direct.
 */
final class AfterCommitGateway implements TelegramGateway {

    private static final Logger log = LoggerFactory.getLogger(AfterCommitGateway.class);

    private final TelegramGateway target;

    AfterCommitGateway(TelegramGateway target) {
        this.target = target;
    }

    @Override
    public void send(long chatId, String text, Keyboard keyboard) {
        later(() -> target.send(chatId, text, keyboard));
    }

    @Override
    public void sendHtml(long chatId, String html, Keyboard keyboard) {
        later(() -> target.sendHtml(chatId, html, keyboard));
    }

    @Override
    public void edit(long chatId, int messageId, String text, Keyboard keyboard) {
        later(() -> target.edit(chatId, messageId, text, keyboard));
    }

    @Override
    public void editHtml(long chatId, int messageId, String html, Keyboard keyboard) {
        later(() -> target.editHtml(chatId, messageId, html, keyboard));
    }

    @Override
    public void setMenuWebApp(String text, String url) {
        target.setMenuWebApp(text, url);
    }

    @Override
    public void answerCallback(String callbackId, String notice, boolean alert) {
        later(() -> target.answerCallback(callbackId, notice, alert));
    }

    @Override
    public void answerInline(String inlineQueryId, List<InlineArticle> articles) {
        later(() -> target.answerInline(inlineQueryId, articles));
    }

    @Override
    public int sendOnce(long chatId, String text, Keyboard keyboard, boolean paidBroadcast) {
        flushHeld();
        return target.sendOnce(chatId, text, keyboard, paidBroadcast);
    }

    @Override
    public String sendQuizPoll(long chatId, String question, List<String> options, List<Integer> correct, String explanation) {
        flushHeld();
        return target.sendQuizPoll(chatId, question, options, correct, explanation);
    }

    private void later(Runnable call) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            call.run();
            return;
        }
        held().add(call);
    }

    /** The replies held in this transaction, registered for after the commit on first use. */
    private List<Runnable> held() {
        @SuppressWarnings("unchecked")
        List<Runnable> calls = (List<Runnable>) TransactionSynchronizationManager.getResource(this);
        if (calls == null) {
            List<Runnable> fresh = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    runAll(fresh);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(AfterCommitGateway.this);
                }
            });
            calls = fresh;
        }
        return calls;
    }

    private void flushHeld() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            @SuppressWarnings("unchecked")
            List<Runnable> calls = (List<Runnable>) TransactionSynchronizationManager.getResource(this);
            if (calls != null) {
                runAll(calls);
            }
        }
    }

    /** After the commit the member's action is stored whatever Telegram says: failures are only logged. */
    private static void runAll(List<Runnable> calls) {
        List<Runnable> toRun = new ArrayList<>(calls);
        calls.clear();
        for (Runnable call : toRun) {
            try {
                call.run();
            } catch (RuntimeException e) {
                log.warn("A reply could not be delivered after its update was stored: {}", e.getMessage());
            }
        }
    }
}

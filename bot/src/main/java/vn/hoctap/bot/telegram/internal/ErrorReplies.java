package vn.hoctap.bot.telegram.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;

/**
 * The one place failures end up: a log line with the update for operators, and a short apology
 * in Vietnamese for the member (never a stack trace).
 */
final class ErrorReplies {

    private static final Logger log = LoggerFactory.getLogger(ErrorReplies.class);

    private final TelegramGateway gateway;
    private final Texts texts;
    private final UpdateMetrics metrics;

    ErrorReplies(TelegramGateway gateway, Texts texts, UpdateMetrics metrics) {
        this.gateway = gateway;
        this.texts = texts;
        this.metrics = metrics;
    }

    /**
     * Tells the member, once, that the database is slow to answer but their message is stored and
     * will be handled: true if told.
     */
    boolean tellBusy(Incoming in) {
        if (in.chatId() == 0 || in.kind() == Incoming.Kind.INLINE || in.kind() == Incoming.Kind.POLL_ANSWER) {
            return true;
        }
        try {
            gateway.send(in.chatId(), texts.get("error.storage.busy"));
            return true;
        } catch (RuntimeException e) {
            log.warn("Could not tell chat {} that its update waits for the database: {}", in.chatId(), e.getMessage());
            return false;
        }
    }

    void handle(Incoming in, Exception error) {
        metrics.handlerFailed();
        log.error("Failed to handle update {} ({}) from chat {}", in.updateId(), in.kind(), in.chatId(), error);
        try {
            if (in.kind() == Incoming.Kind.INLINE) {
                // The member may never have opened a chat with the bot: an empty answer is all we can give.
                gateway.answerInline(in.inlineQueryId(), java.util.List.of());
                return;
            }
            if (in.isCallback()) {
                gateway.answerCallback(in.callbackId(), texts.get("error.generic.short"), false);
            }
            if (in.chatId() != 0) {
                gateway.send(in.chatId(), texts.get("error.generic"));
            }
        } catch (RuntimeException replyFailure) {
            error.addSuppressed(replyFailure);
            log.error("Could not tell chat {} about the failure of update {}", in.chatId(), in.updateId(), replyFailure);
        }
    }
}

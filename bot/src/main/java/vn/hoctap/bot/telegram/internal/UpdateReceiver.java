package vn.hoctap.bot.telegram.internal;

import org.telegram.telegrambots.meta.api.objects.Update;

import vn.hoctap.bot.telegram.Incoming;

/**
 * Entry point shared by long polling and the webhook: drops repeated update ids, then queues the
 * update behind earlier ones of the same chat and returns at once.
 */
final class UpdateReceiver {

    private final UpdateDeduplicator dedup;
    private final ChatOrderedExecutor executor;
    private final UpdatePipeline pipeline;

    UpdateReceiver(UpdateDeduplicator dedup, ChatOrderedExecutor executor, UpdatePipeline pipeline) {
        this.dedup = dedup;
        this.executor = executor;
        this.pipeline = pipeline;
    }

    void receive(Update update) {
        if (update.getUpdateId() != null && !dedup.firstTime(update.getUpdateId())) {
            return;
        }
        Incoming in = UpdateMapper.map(update);
        try {
            executor.submit(in.chatId(), () -> pipeline.process(in));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // Shutting down: forget the id so Telegram's redelivery (after the restart) is handled.
            if (update.getUpdateId() != null) {
                dedup.forget(update.getUpdateId());
            }
            throw e;
        }
    }
}

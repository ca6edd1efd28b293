package vn.hoctap.bot.telegram.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import vn.hoctap.bot.telegram.Incoming;

/**
 * What an operator watches of the update pipeline: updates received, updates handled and how long
 * handling took, handler failures (and, at DEBUG, a line per update). It also puts the chat and update ids in the logging context
 * while an update is handled, so every log line of that work (plain or JSON) carries them. Kept
 * out of {@link UpdatePipeline} so the pipeline stays about handling.
 */
final class UpdateMetrics {

    private static final Logger log = LoggerFactory.getLogger(UpdateMetrics.class);

    private final Counter received;
    private final Timer handling;
    private final Counter errors;

    UpdateMetrics(MeterRegistry registry) {
        this.received = Counter.builder("hoctap.updates.received").description("Telegram updates delivered to this instance")
                .register(registry);
        this.handling = Timer.builder("hoctap.updates.handling").description("Time to handle one stored update")
                .publishPercentileHistogram().register(registry);
        this.errors = Counter.builder("hoctap.updates.errors").description("Updates whose handler failed").register(registry);
    }

    void received(int count) {
        received.increment(count);
    }

    void handlerFailed() {
        errors.increment();
    }

    /** Runs the handling of one update, timed, with its ids in the logging context. */
    void handle(int updateId, Incoming in, Runnable work) {
        MDC.put("updateId", Integer.toString(updateId));
        MDC.put("chatId", Long.toString(in.chatId()));
        Timer.Sample sample = Timer.start();
        try {
            work.run();
        } catch (OutOfMemoryError e) {
            // the executor would keep it in a future nobody reads: make it fatal to the instance's health
            vn.hoctap.bot.ops.FatalErrors.record(e);
            throw e;
        } finally {
            long nanos = sample.stop(handling);
            if (log.isDebugEnabled()) {
                log.debug("Update {} ({}) handled in {} ms", updateId, in.kind(), nanos / 1_000_000);
            }
            MDC.remove("updateId");
            MDC.remove("chatId");
        }
    }
}

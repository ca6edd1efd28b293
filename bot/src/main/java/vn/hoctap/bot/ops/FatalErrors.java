package vn.hoctap.bot.ops;

import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * An instance that has run out of memory is never trusted again: a half-alive process that keeps
 * answering its health probe would keep receiving webhooks it cannot handle. The JVM flag
 * {@code -XX:+ExitOnOutOfMemoryError} (deploy/, README) ends the process; if it is missing, an
 * {@link OutOfMemoryError} seen by a request ({@link FatalErrorFilter}), by an update's handling or by
 * any thread's uncaught handler turns liveness and readiness DOWN for good, so the orchestrator or
 * nginx replaces it.
 */
@Component("fatalErrors")
public class FatalErrors implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(FatalErrors.class);
    /** The application's instance, for code outside Spring's wiring (threads' uncaught errors, update handling). */
    private static volatile FatalErrors application;

    private final AtomicReference<String> first = new AtomicReference<>();

    FatalErrors() {
        this(true);
    }

    private FatalErrors(boolean install) {
        if (!install) {
            return;
        }
        application = this;
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            note(error);
            if (previous != null) {
                previous.uncaughtException(thread, error);
            } else {
                log.error("Uncaught exception in thread {}", thread.getName(), error);
            }
        });
    }

    /** One that only records what it is given (no global handler): for tests. */
    static FatalErrors detached() {
        return new FatalErrors(false);
    }

    /** Tells the application's instance about an error; only an OutOfMemoryError in the cause chain counts. */
    public static void record(Throwable error) {
        FatalErrors current = application;
        if (current != null) {
            current.note(error);
        }
    }

    void note(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                if (first.compareAndSet(null, t.toString())) {
                    log.error("FATAL: {}; this instance reports itself DOWN until it is restarted", t.toString());
                }
                return;
            }
        }
    }

    @Override
    public Health health() {
        String fatal = first.get();
        return fatal == null ? Health.up().build() : Health.down().withDetail("fatal", fatal).build();
    }
}

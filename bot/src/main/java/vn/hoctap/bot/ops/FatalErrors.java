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
 * {@link OutOfMemoryError} seen by a request ({@link FatalErrorFilter}) or by any thread's uncaught
 * handler turns liveness and readiness DOWN for good, so the orchestrator or nginx replaces it.
 */
@Component("fatalErrors")
public class FatalErrors implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(FatalErrors.class);
    private static final AtomicReference<String> FIRST = new AtomicReference<>();

    FatalErrors() {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            record(error);
            if (previous != null) {
                previous.uncaughtException(thread, error);
            } else {
                log.error("Uncaught exception in thread {}", thread.getName(), error);
            }
        });
    }

    /** Remembers a fatal error (an OutOfMemoryError anywhere in the cause chain); other errors are ignored. */
    public static void record(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                if (FIRST.compareAndSet(null, t.toString())) {
                    log.error("FATAL: {}; this instance reports itself DOWN until it is restarted", t.toString());
                }
                return;
            }
        }
    }

    @Override
    public Health health() {
        String first = FIRST.get();
        return first == null ? Health.up().build() : Health.down().withDetail("fatal", first).build();
    }
}

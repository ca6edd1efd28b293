package vn.hoctap.bot.storage;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts embedded PostgreSQL and Redis, only for what is not configured. {@link #startInBackground}
 * lets both boot while Spring builds the context (they are up to a second of waiting on a process
 * each); whoever needs a server first waits for that start, and a failed background start is
 * simply tried again by that caller, so it fails where and how it always did.
 */
final class EmbeddedServers implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServers.class);

    private final StorageProperties props;
    private final Object postgresLock = new Object();
    private final Object redisLock = new Object();
    private EmbeddedPostgresServer postgres;
    private EmbeddedRedisServer redis;
    private volatile boolean closed;

    EmbeddedServers(StorageProperties props) {
        this.props = props;
    }

    /** Starts the servers that are not configured on their own threads, without waiting for them. */
    void startInBackground() {
        if (StorageConfiguration.isBlank(props.databaseUrl())) {
            background("hoctap-embedded-postgres", this::postgres);
        }
        if (StorageConfiguration.isBlank(props.redisUrl())) {
            background("hoctap-embedded-redis", this::redis);
        }
    }

    EmbeddedPostgresServer postgres() {
        synchronized (postgresLock) {
            if (postgres == null) {
                requireOpen();
                postgres = new EmbeddedPostgresServer(props.dataDir().resolve("postgres"));
            }
            return postgres;
        }
    }

    EmbeddedRedisServer redis() {
        synchronized (redisLock) {
            if (redis == null) {
                requireOpen();
                redis = new EmbeddedRedisServer(props.dataDir().resolve("redis"));
            }
            return redis;
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("embedded servers already stopped");
        }
    }

    private static void background(String name, Runnable start) {
        Thread thread = new Thread(() -> {
            try {
                start.run();
            } catch (RuntimeException e) {
                // The caller that needs the server starts it again and reports the failure itself.
                log.debug("Background start failed; it will be retried where the server is needed", e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits for a start still in progress (the locks), then stops Redis and PostgreSQL; later starts are refused. */
    @Override
    public void close() throws IOException {
        closed = true;
        try {
            synchronized (redisLock) {
                if (redis != null) {
                    redis.close();
                    redis = null;
                }
            }
        } finally {
            synchronized (postgresLock) {
                if (postgres != null) {
                    postgres.close();
                    postgres = null;
                }
            }
        }
    }
}

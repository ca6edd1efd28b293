package vn.hoctap.bot.storage;

import java.io.IOException;

/** Starts embedded PostgreSQL and Redis lazily, only for what is not configured. */
final class EmbeddedServers implements AutoCloseable {

    private final StorageProperties props;
    private EmbeddedPostgresServer postgres;
    private EmbeddedRedisServer redis;

    EmbeddedServers(StorageProperties props) {
        this.props = props;
    }

    synchronized EmbeddedPostgresServer postgres() {
        if (postgres == null) {
            postgres = new EmbeddedPostgresServer(props.dataDir().resolve("postgres"));
        }
        return postgres;
    }

    synchronized EmbeddedRedisServer redis() {
        if (redis == null) {
            redis = new EmbeddedRedisServer(props.dataDir().resolve("redis"));
        }
        return redis;
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            if (redis != null) {
                redis.close();
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}

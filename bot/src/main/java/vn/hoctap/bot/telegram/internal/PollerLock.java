package vn.hoctap.bot.telegram.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes one instance at a time the long-poller (Telegram allows one getUpdates consumer per bot):
 * a PostgreSQL session advisory lock held on a connection of its own. If the holder dies or loses
 * its connection, PostgreSQL releases the lock and another instance takes over within a retry.
 */
final class PollerLock implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PollerLock.class);
    /** "HCTP": the first key of the two-key advisory lock space, apart from the per-chat locks. */
    private static final int NAMESPACE = 0x48435450;

    private final DataSource dataSource;
    private final int botKey;
    private Connection connection;

    PollerLock(DataSource dataSource, String botId) {
        this.dataSource = dataSource;
        this.botKey = botId.hashCode();
    }

    /** True if this instance holds the lock (taking it if free); checks a held lock is still alive. */
    synchronized boolean holdOrTake() {
        try {
            if (connection != null) {
                if (connection.isValid(2)) {
                    return true;
                }
                log.warn("Lost the connection holding the long-polling lock; another instance may take over");
                closeQuietly();
            }
            Connection c = dataSource.getConnection();
            try (PreparedStatement st = c.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
                st.setInt(1, NAMESPACE);
                st.setInt(2, botKey);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        connection = c;
                        return true;
                    }
                }
            }
            c.close();
            return false;
        } catch (SQLException | RuntimeException e) {
            log.warn("Cannot check the long-polling lock: {}", e.getMessage());
            closeQuietly();
            return false;
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        if (connection == null) {
            return;
        }
        try {
            // Returned to the pool: unlock first so the lock does not outlive us in a pooled session.
            try (PreparedStatement st = connection.prepareStatement("SELECT pg_advisory_unlock_all()")) {
                st.execute();
            }
        } catch (SQLException ignored) {
            // A broken connection has lost the lock already.
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing more to release
        }
        connection = null;
    }
}

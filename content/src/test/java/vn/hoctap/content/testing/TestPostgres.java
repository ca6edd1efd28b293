package vn.hoctap.content.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Gives each test its own database on a real PostgreSQL server, and drops it again.
 * The server is the one named by {@code HOCTAP_TEST_DATABASE_URL} (CI points it at the
 * machine's PostgreSQL), or else one embedded server started once for the whole test JVM,
 * so the tests also pass on a machine without PostgreSQL.
 * <p>
 * Tests that need a migrated database share one per test JVM ({@link #emptiedMigratedDatabase}):
 * it is migrated once and emptied before each use (every table but Flyway's history truncated,
 * sequences restarted), which is much cheaper than creating, migrating and dropping a database per
 * test (a drop waits for a server checkpoint, seconds to minutes on a busy shared server). Its name
 * is derived from the module's directory, so a run killed before its exit drop leaves one database
 * that the next run of that module replaces, never a growing pile. Every database is named
 * {@code hoctap_t_...}.
 */
public final class TestPostgres {

    static final String PREFIX = "hoctap_t_";

    private static volatile String adminUrl;
    private static volatile String shared;
    private static EmbeddedPostgres embedded;

    private TestPostgres() {
    }

    /** Creates a fresh empty database and returns its JDBC URL (credentials included as parameters). */
    public static String createDatabase() {
        String name = newName();
        execute("CREATE DATABASE " + name);
        return withDatabase(adminUrl(), name);
    }

    /**
     * This JVM's migrated database, emptied for the caller: all rows of the previous test are gone
     * (its connections closed), the schema stays. Tests in one JVM run one at a time.
     */
    public static String emptiedMigratedDatabase() {
        String url = sharedMigrated();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
            s.execute("""
                    DO $$ BEGIN
                      EXECUTE (SELECT 'TRUNCATE ' || string_agg(format('%I.%I', schemaname, tablename), ', ')
                                      || ' RESTART IDENTITY CASCADE'
                                 FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'flyway_schema_history');
                    END $$""");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the test database", e);
        }
        return url;
    }

    /** Drops a database made by this class (closing its connections); URLs of other databases are ignored. */
    public static void drop(String jdbcUrl) {
        String name = databaseOf(jdbcUrl);
        if (name.startsWith(PREFIX)) {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    static String databaseOf(String url) {
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        return base.substring(base.lastIndexOf('/') + 1);
    }

    static String withDatabase(String url, String database) {
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        String params = q < 0 ? "" : url.substring(q);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
    }

    private static String sharedMigrated() {
        if (shared == null) {
            synchronized (TestPostgres.class) {
                if (shared == null) {
                    String name = PREFIX + "m_" + Integer.toHexString(System.getProperty("user.dir").hashCode());
                    execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); // left by a killed run of this module
                    execute("CREATE DATABASE " + name);
                    String url = withDatabase(adminUrl(), name);
                    Flyway.configure().dataSource(new DriverManagerDataSource(url)).load().migrate();
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(url)));
                    shared = url;
                }
            }
        }
        return shared;
    }

    private static String newName() {
        String name = PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        // In the test's output file, so a database left behind can be traced to the test that made it.
        System.out.println("Test database " + name);
        return name;
    }

    private static void execute(String sql) {
        try {
            executeOrThrow(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on the test server", e);
        }
    }

    private static void executeOrThrow(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl()); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String adminUrl() {
        if (adminUrl == null) {
            synchronized (TestPostgres.class) {
                if (adminUrl == null) {
                    String configured = System.getenv("HOCTAP_TEST_DATABASE_URL");
                    adminUrl = configured != null && !configured.isBlank() ? configured : startEmbedded();
                }
            }
        }
        return adminUrl;
    }

    private static String startEmbedded() {
        try {
            embedded = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the temporary cluster directory is removed with it
                }
            }));
            return embedded.getJdbcUrl("postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL for tests", e);
        }
    }
}

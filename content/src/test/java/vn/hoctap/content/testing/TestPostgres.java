package vn.hoctap.content.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Gives each test its own database on a real PostgreSQL server, and drops it again.
 * The server is the one named by {@code HOCTAP_TEST_DATABASE_URL} (CI points it at the
 * machine's PostgreSQL), or else one embedded server started once for the whole test JVM,
 * so the tests also pass on a machine without PostgreSQL.
 * <p>
 * Migrated databases are copies of one template this JVM migrates once ({@code CREATE DATABASE
 * ... TEMPLATE} copies files, far cheaper than running every migration per test); the template is
 * dropped when the JVM exits. A test's database can be dropped in the background ({@link #dropLater}),
 * since a drop waits for a checkpoint on a busy server; the JVM waits for those drops before it exits.
 * Every database is named {@code hoctap_t_...} so leftovers of a killed run are recognisable.
 */
public final class TestPostgres {

    static final String PREFIX = "hoctap_t_";

    private static volatile String adminUrl;
    private static volatile String template;
    private static EmbeddedPostgres embedded;
    private static ExecutorService dropper;

    private TestPostgres() {
    }

    /** Creates a fresh empty database and returns its JDBC URL (credentials included as parameters). */
    public static String createDatabase() {
        String name = newName();
        execute("CREATE DATABASE " + name);
        return withDatabase(adminUrl(), name);
    }

    /** Creates a fresh database holding every migration on the classpath; cheap after the first call. */
    public static String createMigratedDatabase() {
        String source = template();
        String name = newName();
        // A brief connection to the template (autovacuum, a previous copy closing) makes the copy fail: retry.
        for (int attempt = 1; ; attempt++) {
            try {
                executeOrThrow("CREATE DATABASE " + name + " TEMPLATE " + source);
                return withDatabase(adminUrl(), name);
            } catch (SQLException e) {
                if (attempt == 20 || !"55006".equals(e.getSQLState())) {
                    throw new IllegalStateException("cannot copy the migrated test database", e);
                }
                pause(100L * attempt);
            }
        }
    }

    /** Drops a database made by this class (closing its connections); URLs of other databases are ignored. */
    public static void drop(String jdbcUrl) {
        String name = databaseOf(jdbcUrl);
        if (name.startsWith(PREFIX)) {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    /** Drops the database in the background; the test JVM waits for such drops before it exits. */
    public static void dropLater(String jdbcUrl) {
        dropper().execute(() -> {
            try {
                drop(jdbcUrl);
            } catch (RuntimeException e) {
                System.err.println("Could not drop test database " + databaseOf(jdbcUrl) + ": " + e.getMessage());
            }
        });
    }

    private static synchronized ExecutorService dropper() {
        if (dropper == null) {
            dropper = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "test-database-drops");
                t.setDaemon(true);
                return t;
            });
        }
        return dropper;
    }

    /** At JVM exit: the background drops first, then the template they were copied from. */
    private static void dropAtExit(String templateUrl) {
        ExecutorService pending;
        synchronized (TestPostgres.class) {
            pending = dropper;
        }
        if (pending != null) {
            pending.shutdown();
            try {
                pending.awaitTermination(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        drop(templateUrl);
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

    private static String template() {
        if (template == null) {
            synchronized (TestPostgres.class) {
                if (template == null) {
                    String url = createDatabase();
                    Flyway.configure().dataSource(new DriverManagerDataSource(url)).load().migrate();
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> dropAtExit(url)));
                    template = databaseOf(url);
                }
            }
        }
        return template;
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

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
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

package vn.hoctap.content.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Gives each test context its own empty database on a real PostgreSQL server.
 * The server is the one named by {@code HOCTAP_TEST_DATABASE_URL} (CI points it at the
 * machine's PostgreSQL), or else one embedded server started once for the whole test JVM,
 * so the tests also pass on a machine without PostgreSQL.
 */
public final class TestPostgres {

    private static volatile String adminUrl;
    private static EmbeddedPostgres embedded;

    private TestPostgres() {
    }

    /** Creates a fresh database and returns its JDBC URL (credentials included as parameters). */
    public static String createDatabase() {
        String admin = adminUrl();
        String name = "hoctap_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database on " + admin, e);
        }
        return withDatabase(admin, name);
    }

    static String withDatabase(String url, String database) {
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        String params = q < 0 ? "" : url.substring(q);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
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

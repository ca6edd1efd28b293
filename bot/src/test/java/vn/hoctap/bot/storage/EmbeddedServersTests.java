package vn.hoctap.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The head start (issue 18): servers started in the background are the ones the pools get, and
 * closing the context while a start is still running stops what it started (no PostgreSQL or Redis
 * left behind by a start-up that failed early).
 */
class EmbeddedServersTests {

    @TempDir
    Path dataDir;

    @Test
    void theServerStartedInTheBackgroundIsTheOneHandedToThePools() throws Exception {
        try (EmbeddedServers servers = new EmbeddedServers(embeddedDefault())) {
            servers.startInBackground();
            EmbeddedPostgresServer postgres = servers.postgres();
            assertThat(servers.postgres()).isSameAs(postgres);
            try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl())) {
                assertThat(connection.isValid(5)).isTrue();
            }
            assertThat(servers.redis()).isSameAs(servers.redis());
        }
    }

    @Test
    void closingDuringABackgroundStartStopsWhatItStartedAndRefusesLaterStarts() throws Exception {
        EmbeddedServers servers = new EmbeddedServers(embeddedDefault());
        servers.startInBackground();
        servers.close();
        for (Thread start : backgroundStarts()) {
            start.join(Duration.ofMinutes(3).toMillis());
        }

        // postmaster.pid exists exactly while a PostgreSQL runs on that data directory.
        assertThat(dataDir.resolve("postgres/postmaster.pid")).doesNotExist();
        assertThatThrownBy(servers::postgres).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(servers::redis).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closingAfterTheStartStopsBothServers() throws Exception {
        EmbeddedServers servers = new EmbeddedServers(embeddedDefault());
        servers.startInBackground();
        Path pid = dataDir.resolve("postgres/postmaster.pid");
        servers.postgres();
        URI redis = URI.create(servers.redis().url());
        assertThat(pid).exists();

        servers.close();

        assertThat(pid).doesNotExist();
        assertThat(listening(redis)).isFalse();
    }

    @Test
    void configuredServersAreNotStarted() throws Exception {
        StorageProperties configured = new StorageProperties(dataDir, "jdbc:postgresql://127.0.0.1:1/x", null, null,
                "redis://127.0.0.1:1", "hoctap:", Duration.ofSeconds(2), 16, 24);
        try (EmbeddedServers servers = new EmbeddedServers(configured)) {
            servers.startInBackground();
            assertThat(backgroundStarts()).isEmpty();
        }
        // Sentinel: nothing was started, so not even the data directories were made.
        try (var files = Files.list(dataDir)) {
            assertThat(files).isEmpty();
        }
    }

    private StorageProperties embeddedDefault() {
        return new StorageProperties(dataDir, null, null, null, null, "hoctap:", Duration.ofSeconds(2), 16, 24);
    }

    private static java.util.List<Thread> backgroundStarts() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("hoctap-embedded-")).toList();
    }

    private static boolean listening(URI redis) {
        try (Socket socket = new Socket(redis.getHost(), redis.getPort())) {
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}

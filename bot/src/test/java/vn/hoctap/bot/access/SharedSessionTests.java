package vn.hoctap.bot.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import vn.hoctap.bot.HoctapApplication;
import vn.hoctap.bot.testing.DashboardClient;
import vn.hoctap.bot.testing.TestRedis;
import vn.hoctap.content.testing.TestPostgres;

/** Two instances on one PostgreSQL and Redis: a dashboard login made on one is honoured, and ended, on the other. */
class SharedSessionTests {

    @Test
    void aSessionStartedOnOneInstanceWorksOnTheOtherUntilLogout() throws Exception {
        String database = TestPostgres.createDatabase();
        String prefix = "test-" + UUID.randomUUID() + ":";
        try (ConfigurableApplicationContext a = start(database, prefix); ConfigurableApplicationContext b = start(database, prefix)) {
            DashboardClient onA = new DashboardClient(port(a));
            DashboardClient onB = onA.onPort(port(b));
            assertThat(onB.get("/campaigns").statusCode()).isEqualTo(302);

            // B saved the refused request in the shared session, so logging in on A goes back to it.
            assertThat(onA.login("admin", "shared-session-password")).contains("/campaigns");
            assertThat(onB.get("/campaigns").statusCode()).isEqualTo(200);
            assertThat(onB.get("/campaigns").body()).contains("id=\"current-user\">admin<");

            assertThat(onB.postForm("/logout", Map.of(), true).headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
            assertThat(onA.get("/campaigns").statusCode()).isEqualTo(302);
        } finally {
            TestPostgres.drop(database);
        }
    }

    private static ConfigurableApplicationContext start(String database, String prefix) {
        return new SpringApplicationBuilder(HoctapApplication.class).run("--server.port=0", "--hoctap.storage.database-url=" + database,
                "--hoctap.storage.redis-url=" + TestRedis.url(), "--hoctap.storage.redis-key-prefix=" + prefix,
                "--hoctap.telegram.token=", "--hoctap.admin.token=shared", "--hoctap.delivery.enabled=false",
                "--hoctap.dashboard.admin-password=shared-session-password",
                // Quartz registers its connection provider JVM-wide by scheduler name: a name of their own keeps these
                // two instances from taking over (and, when closed, breaking) the shared test context's scheduler.
                "--spring.quartz.scheduler-name=hoctap-shared-session");
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}

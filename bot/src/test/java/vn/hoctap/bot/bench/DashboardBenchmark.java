package vn.hoctap.bot.bench;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoctap.bot.HoctapApplication;
import vn.hoctap.bot.testing.DashboardClient;
import vn.hoctap.bot.testing.TestRedis;
import vn.hoctap.content.testing.TestPostgres;
import vn.hoctap.scheduler.bench.BenchmarkProvince;

/**
 * Time to answer each dashboard stats page and the export, through HTTP on loopback with a logged-in
 * session, on a province of 100,000 members in 5,000 cells with a campaign half done (target: under
 * 300 ms server time). Client-side time on loopback is an upper bound of server time; every request
 * is checked for status 200 so a failing page cannot look fast.
 *
 * <pre>mvn -q -pl bot -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -cp "bot/target/test-classes:bot/target/classes:$(cat bot/target/bench.cp)" vn.hoctap.bot.bench.DashboardBenchmark</pre>
 */
public final class DashboardBenchmark {

    public static void main(String[] args) throws Exception {
        String database = TestPostgres.createDatabase();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HoctapApplication.class).run("--server.port=0",
                "--hoctap.storage.database-url=" + database, "--hoctap.storage.redis-url=" + TestRedis.url(),
                "--hoctap.storage.redis-key-prefix=bench-" + UUID.randomUUID() + ":", "--hoctap.telegram.token=",
                "--hoctap.delivery.enabled=false", "--hoctap.dashboard.admin-password=benchmark-password",
                "--logging.level.root=WARN")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            BenchmarkProvince p = BenchmarkProvince.generate(jdbc);
            long cell = jdbc.sql("SELECT min(id) FROM units WHERE level = 'CELL' AND path LIKE (SELECT path FROM units WHERE id = :c) || '%'")
                    .param("c", p.commune()).query(Long.class).single();
            System.out.printf("%d members in %d cells; database %s%n", jdbc.sql("SELECT count(*) FROM members").query(Long.class).single(),
                    jdbc.sql("SELECT count(*) FROM units WHERE level = 'CELL'").query(Long.class).single(), database);
            DashboardClient admin = new DashboardClient(((WebServerApplicationContext) app).getWebServer().getPort());
            admin.login("admin", "benchmark-password");
            String c = "?campaign=" + p.campaign();
            time(admin, "overview (/)", "/");
            time(admin, "unit page, province", "/units/" + p.province() + c);
            time(admin, "unit page, district", "/units/" + p.district() + c);
            time(admin, "unit page, commune", "/units/" + p.commune() + c);
            time(admin, "unit page, cell", "/units/" + cell + c);
            time(admin, "export XLSX, province", "/units/" + p.province() + "/report" + c + "&format=xlsx");
            time(admin, "export CSV, province", "/units/" + p.province() + "/report" + c + "&format=csv");
            time(admin, "export XLSX, district", "/units/" + p.district() + "/report" + c + "&format=xlsx");
            time(admin, "members page, province", "/members?unit=" + p.province());
            String members = "/members?unit=" + p.province();
            time(admin, "members, search name", members + "&q=Nguy%E1%BB%85n");
            time(admin, "members, search card no.", members + "&q=" + cardOf(jdbc, p.member()));
            time(admin, "members, unlinked", members + "&linked=false");
            time(admin, "members, blocked, by name", members + "&status=BLOCKED&sort=NAME");
            time(admin, "members, not done", members + "&campaign=" + p.campaign() + "&done=false");
            time(admin, "members, done, page 500", members + "&campaign=" + p.campaign() + "&done=true&page=500");
            time(admin, "members, name desc p.1000", members + "&sort=NAME&desc=true&page=1000");
            time(admin, "members, district+filters", "/members?unit=" + p.district() + "&q=Th%E1%BB%8B&linked=true&campaign="
                    + p.campaign() + "&done=false&sort=REF");
            time(admin, "campaigns list (history)", "/campaigns");
            time(admin, "campaign page", "/campaigns/" + p.campaign());
            time(admin, "campaign form", "/campaigns/new");
            time(admin, "member history", "/members/" + p.member());
            time(admin, "reflections, commune", "/reflections" + c + "&unit=" + p.commune());
        }
    }

    /** The member's card number, or a part of the name when the roster gave none. */
    private static String cardOf(JdbcClient jdbc, long member) {
        String ref = jdbc.sql("SELECT external_ref FROM members WHERE id = :m").param("m", member).query(String.class).optional().orElse(null);
        return ref == null ? "An" : java.net.URLEncoder.encode(ref, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void time(DashboardClient client, String what, String path) throws Exception {
        for (int i = 0; i < 3; i++) {
            check(client.download(path), path);
        }
        long[] ms = new long[15];
        long bytes = 0;
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            HttpResponse<byte[]> r = client.download(path);
            ms[i] = (System.nanoTime() - t) / 1_000_000;
            check(r, path);
            bytes = r.body().length;
        }
        Arrays.sort(ms);
        System.out.printf("%-26s median %3d ms, max %3d ms, %,7d bytes (%s)%n", what, ms[ms.length / 2], ms[ms.length - 1], bytes,
                Instant.now());
    }

    private static void check(HttpResponse<byte[]> r, String path) {
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode());
        }
    }
}

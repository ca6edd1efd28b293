package vn.hoctap.bot.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoctap.bot.HoctapApplication;
import vn.hoctap.bot.testing.TestRedis;
import vn.hoctap.content.testing.TestPostgres;
import vn.hoctap.scheduler.bench.BenchmarkProvince;
import vn.hoctap.scheduler.conference.CheckInCodes;
import vn.hoctap.scheduler.conference.CheckIns;
import vn.hoctap.scheduler.conference.Conferences;
import vn.hoctap.scheduler.conference.NewConference;
import vn.hoctap.scheduler.unit.Requester;

/**
 * A province conference: the benchmark province's 100,000 members convened to 800 points (10
 * districts, 500 communes, 290 cells), every convened member scanning the current code of their
 * point at 200 scans per second (plus 2% second scans), through {@link CheckIns#scan} on 8 threads
 * (what the /start handler calls, each in its own transaction), while an organiser polls the board
 * API over HTTP every second. Checks that every scan counted exactly once and reports the scan and
 * board times.
 *
 * <pre>mvn -q -pl bot -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -cp "bot/target/test-classes:bot/target/classes:$(cat bot/target/bench.cp)" vn.hoctap.bot.bench.ConferenceBenchmark [scans/s]</pre>
 */
public final class ConferenceBenchmark {

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        String database = TestPostgres.createDatabase();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HoctapApplication.class).run("--server.port=0",
                "--hoctap.storage.database-url=" + database, "--hoctap.storage.redis-url=" + TestRedis.url(),
                "--hoctap.storage.redis-key-prefix=bench-" + UUID.randomUUID() + ":", "--hoctap.telegram.token=",
                "--hoctap.delivery.enabled=false", "--hoctap.admin.token=bench-token", "--logging.level.root=WARN")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            BenchmarkProvince p = BenchmarkProvince.generate(jdbc);
            List<Long> hosts = jdbc.sql("""
                    (SELECT id FROM units WHERE level IN ('DISTRICT', 'COMMUNE')) UNION ALL
                    (SELECT id FROM units WHERE level = 'CELL' ORDER BY id LIMIT 290)""").query(Long.class).list();
            long doc = jdbc.sql("SELECT min(document_id) FROM campaign_documents WHERE campaign_id = :c").param("c", p.campaign())
                    .query(Long.class).single();
            Instant now = Instant.now();
            long t0 = System.nanoTime();
            long conf = app.getBean(Conferences.class).create(new NewConference(p.campaign(), "Hội nghị toàn tỉnh", now.minusSeconds(60),
                    now.plusSeconds(7200), List.of(doc), hosts.stream().map(u -> new NewConference.Point(u, "Hội trường")).toList(), 14),
                    Requester.admin()).id();
            System.out.printf("conference created: %d points, %,d convened, %,d convocations queued in %d ms%n", hosts.size(),
                    count(jdbc, "SELECT count(*) FROM conference_attendees WHERE conference_id = " + conf),
                    count(jdbc, "SELECT count(*) FROM outbox WHERE step = 'conf" + conf + "-invite'"), (System.nanoTime() - t0) / 1_000_000);
            jdbc.sql("ANALYZE").update();
            run(app, jdbc, conf, rate);
        }
    }

    private static void run(ConfigurableApplicationContext app, JdbcClient jdbc, long conf, int rate) throws Exception {
        CheckIns checkIns = app.getBean(CheckIns.class);
        CheckInCodes codes = app.getBean(CheckInCodes.class);
        List<long[]> scans = new ArrayList<>(jdbc.sql("SELECT member_id, point_id FROM conference_attendees WHERE conference_id = :c")
                .param("c", conf).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list());
        int unique = scans.size();
        Collections.shuffle(scans, new Random(13));
        for (int i = 0; i < unique / 50; i++) {
            scans.add(unique / 2 + i * 25, scans.get(i * 25)); // a second scan, later than the first
        }
        Map<CheckIns.Kind, AtomicLong> outcomes = new EnumMap<>(CheckIns.Kind.class);
        for (CheckIns.Kind k : CheckIns.Kind.values()) {
            outcomes.put(k, new AtomicLong());
        }
        ConcurrentLinkedQueue<Long> scanMicros = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        List<Long> boardMs = Collections.synchronizedList(new ArrayList<>());
        Thread poller = new Thread(() -> pollBoard(port, conf, boardMs));
        poller.start();
        long start = System.nanoTime();
        for (int i = 0; i < scans.size(); i++) {
            long due = start + i * 1_000_000_000L / rate;
            while (System.nanoTime() < due) {
                Thread.onSpinWait();
            }
            long[] s = scans.get(i);
            pool.execute(() -> {
                long t = System.nanoTime();
                try {
                    outcomes.get(checkIns.scan(s[0], codes.code(s[1], Instant.now())).kind()).incrementAndGet();
                } catch (RuntimeException e) {
                    errors.incrementAndGet();
                }
                scanMicros.add((System.nanoTime() - t) / 1_000);
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        poller.interrupt();
        poller.join();
        long present = count(jdbc, "SELECT count(*) FROM conference_attendees WHERE conference_id = " + conf + " AND checked_in_at IS NOT NULL");
        System.out.printf("%,d scans (%,d members + %,d second scans) in %.1f s = %.1f scans/s; outcomes %s; errors %d%n", scans.size(),
                unique, scans.size() - unique, seconds, scans.size() / seconds, outcomes, errors.get());
        System.out.printf("checked in (database) %,d of %,d convened: %s%n", present, unique,
                present == unique && outcomes.get(CheckIns.Kind.CHECKED_IN).get() == unique ? "none lost, none twice" : "MISMATCH");
        System.out.printf("scan time: %s%n", percentiles(new ArrayList<>(scanMicros), 1000.0));
        System.out.printf("board API (800 points, polled every second during the run, %d requests): %s%n", boardMs.size(),
                percentiles(boardMs, 1.0));
    }

    private static void pollBoard(int port, long conf, List<Long> boardMs) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/conferences/" + conf + "/board"))
                .header("Authorization", "Bearer bench-token").GET().build();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                long t = System.nanoTime();
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200 || !r.body().contains("điểm cầu")) {
                    throw new IllegalStateException("board answered " + r.statusCode());
                }
                boardMs.add((System.nanoTime() - t) / 1_000_000);
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String percentiles(List<Long> values, double divisor) {
        Collections.sort(values);
        if (values.isEmpty()) {
            return "no samples";
        }
        return String.format("median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", values.get(values.size() / 2) / divisor,
                values.get(values.size() * 95 / 100) / divisor, values.get(values.size() * 99 / 100) / divisor,
                values.get(values.size() - 1) / divisor);
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}

package vn.hoctap.scheduler.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Supplier;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.content.document.NewDocument;
import vn.hoctap.content.testing.TestPostgres;
import vn.hoctap.scheduler.stats.CampaignResults;
import vn.hoctap.scheduler.stats.CompletionStats;
import vn.hoctap.scheduler.unit.UnitLevel;
import vn.hoctap.scheduler.unit.UnitRepository;

/**
 * Server-side time of the stats and results-report queries on a province of 5,000 cells and
 * 100,000 members with a campaign half done (the dashboard's target is under 300 ms).
 *
 * <pre>mvn -q -pl scheduler -am install -DskipTests
 * mvn -q -pl scheduler exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.hoctap.scheduler.bench.StatsBenchmark</pre>
 */
public final class StatsBenchmark {

    public static void main(String[] args) {
        try (HikariDataSource ds = new HikariDataSource()) {
            ds.setJdbcUrl(TestPostgres.createDatabase());
            Flyway.configure().dataSource(ds).load().migrate();
            JdbcClient jdbc = JdbcClient.create(ds);
            UnitRepository units = new UnitRepository(jdbc);
            long province = units.create(null, UnitLevel.PROVINCE, "Tỉnh").id();
            jdbc.sql("INSERT INTO units (parent_id, level, name, path, depth) SELECT :p, 'DISTRICT', 'Huyện ' || g, '', 0 FROM generate_series(1, 10) g")
                    .param("p", province).update();
            jdbc.sql("INSERT INTO units (parent_id, level, name, path, depth) SELECT d.id, 'COMMUNE', 'Xã ' || g, '', 0 FROM units d, generate_series(1, 50) g WHERE d.level = 'DISTRICT' ORDER BY d.id, g").update();
            jdbc.sql("INSERT INTO units (parent_id, level, name, path, depth) SELECT c.id, 'CELL', 'Chi bộ ' || g, '', 0 FROM units c, generate_series(1, 10) g WHERE c.level = 'COMMUNE' ORDER BY c.id, g").update();
            jdbc.sql("INSERT INTO members (unit_id, full_name) SELECT c.id, 'Đảng viên ' || g FROM units c, generate_series(1, 20) g WHERE c.level = 'CELL'").update();
            long doc = new DocumentRepository(jdbc).save(new NewDocument("NQ", "18", "TW", LocalDate.of(2017, 10, 25), "Bộ máy", null)).id();
            long campaign = jdbc.sql("INSERT INTO campaigns (name, starts_at, deadline) VALUES ('Đợt', now() - interval '1 day', now() + interval '9 days') RETURNING id")
                    .query(Long.class).single();
            long assignment = jdbc.sql("INSERT INTO assignments (document_id, unit_id, starts_at, deadline, campaign_id) VALUES (:d, :u, now() - interval '1 day', now() + interval '9 days', :c) RETURNING id")
                    .param("d", doc).param("u", province).param("c", campaign).query(Long.class).single();
            jdbc.sql("INSERT INTO confirmations (member_id, assignment_id) SELECT id, :a FROM members WHERE id % 2 = 0").param("a", assignment).update();
            jdbc.sql("ANALYZE").update();
            long district = units.children(province).get(0).id();
            long commune = units.children(district).get(0).id();
            CompletionStats stats = new CompletionStats(jdbc, units);
            CampaignResults results = new CampaignResults(jdbc, units);
            System.out.printf("Generated %d members in %d cells%n", jdbc.sql("SELECT count(*) FROM members").query(Long.class).single(),
                    jdbc.sql("SELECT count(*) FROM units WHERE level = 'CELL'").query(Long.class).single());
            time("stats, province", () -> stats.forUnit(province, assignment));
            time("stats, district", () -> stats.forUnit(district, assignment));
            time("results report, province", () -> results.forUnit(province, campaign));
            time("results report, district", () -> results.forUnit(district, campaign));
            time("results report, commune", () -> results.forUnit(commune, campaign));
        }
    }

    private static void time(String what, Supplier<?> query) {
        for (int i = 0; i < 3; i++) {
            query.get();
        }
        long[] ms = new long[15];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            query.get();
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf("%-28s median %d ms, max %d ms (%s)%n", what, ms[ms.length / 2], ms[ms.length - 1], Instant.now());
    }
}

package vn.hoctap.scheduler.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.function.Supplier;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

import vn.hoctap.content.testing.TestPostgres;
import vn.hoctap.scheduler.member.MemberDirectory;
import vn.hoctap.scheduler.member.MemberHistory;
import vn.hoctap.scheduler.stats.CampaignDashboard;
import vn.hoctap.scheduler.stats.CampaignResults;
import vn.hoctap.scheduler.stats.CompletionStats;
import vn.hoctap.scheduler.unit.UnitRepository;

/**
 * Server-side time of the stats, dashboard, results-report and member-list queries on a province of
 * 5,000 cells and 100,000 members with a campaign half done ({@link BenchmarkProvince}; the
 * dashboard's target is well under 300 ms). Needs no {@code mvn install}: the reactor compiles the
 * modules and writes the test classpath, then plain java runs it (HOCTAP_TEST_DATABASE_URL as for tests;
 * each run leaves a database hoctap_t_... behind for EXPLAIN).
 *
 * <pre>mvn -q -pl scheduler -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -cp "scheduler/target/test-classes:scheduler/target/classes:$(cat scheduler/target/bench.cp)" vn.hoctap.scheduler.bench.StatsBenchmark</pre>
 */
public final class StatsBenchmark {

    public static void main(String[] args) {
        try (HikariDataSource ds = new HikariDataSource()) {
            ds.setJdbcUrl(TestPostgres.createDatabase());
            Flyway.configure().dataSource(ds).load().migrate();
            JdbcClient jdbc = JdbcClient.create(ds);
            BenchmarkProvince p = BenchmarkProvince.generate(jdbc);
            UnitRepository units = new UnitRepository(jdbc);
            long province = p.province();
            long district = p.district();
            long commune = p.commune();
            long campaign = p.campaign();
            long assignment = p.firstAssignment();
            CompletionStats stats = new CompletionStats(jdbc, units);
            CampaignResults results = new CampaignResults(jdbc, units);
            System.out.printf("Generated %d members in %d cells (database %s)%n", jdbc.sql("SELECT count(*) FROM members").query(Long.class).single(),
                    jdbc.sql("SELECT count(*) FROM units WHERE level = 'CELL'").query(Long.class).single(),
                    jdbc.sql("SELECT current_database()").query(String.class).single());
            CampaignDashboard dashboard = new CampaignDashboard(jdbc, units, Clock.systemUTC(), ZoneId.of("Asia/Ho_Chi_Minh"));
            MemberDirectory directory = new MemberDirectory(jdbc);
            MemberHistory history = new MemberHistory(jdbc);
            time("stats, province", () -> stats.forUnit(province, assignment));
            time("stats, district", () -> stats.forUnit(district, assignment));
            time("campaign progress, province", () -> dashboard.progress(province, campaign));
            time("campaign progress, district", () -> dashboard.progress(district, campaign));
            time("campaign progress, commune", () -> dashboard.progress(commune, campaign));
            time("campaigns, province", () -> dashboard.campaigns(province));
            time("results report, province", () -> results.forUnit(province, campaign));
            time("results report, district", () -> results.forUnit(district, campaign));
            time("results report, commune", () -> results.forUnit(commune, campaign));
            time("member page, province", () -> directory.list(province, campaign, 0, 50));
            time("member count, province", () -> directory.count(province));
            time("member history", () -> history.of(p.member()));
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
        System.out.printf("%-30s median %d ms, max %d ms (%s)%n", what, ms[ms.length / 2], ms[ms.length - 1], Instant.now());
    }
}

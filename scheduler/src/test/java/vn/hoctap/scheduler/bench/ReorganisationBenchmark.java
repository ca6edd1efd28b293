package vn.hoctap.scheduler.bench;

import java.time.Clock;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

import vn.hoctap.content.testing.TestPostgres;
import vn.hoctap.scheduler.stats.CampaignResults;
import vn.hoctap.scheduler.unit.OrganisationHistory;
import vn.hoctap.scheduler.unit.UnitRepository;
import vn.hoctap.scheduler.unit.UnitTree;

/**
 * The cost of reshaping a province of 100,000 members ({@link BenchmarkProvince}) whose main campaign
 * has ended: the first change freezes it (a copy of its units and audience), then a whole district is
 * moved (510 units, 10,000 members), and two communes are merged; the ended campaign's province report
 * is checked unchanged. One run, wall-clock; run it like {@link StatsBenchmark}:
 *
 * <pre>java -cp "scheduler/target/test-classes:scheduler/target/classes:$(cat scheduler/target/bench.cp)" vn.hoctap.scheduler.bench.ReorganisationBenchmark</pre>
 */
public final class ReorganisationBenchmark {

    public static void main(String[] args) {
        try (HikariDataSource ds = new HikariDataSource()) {
            ds.setJdbcUrl(TestPostgres.createDatabase());
            Flyway.configure().dataSource(ds).load().migrate();
            JdbcClient jdbc = JdbcClient.create(ds);
            BenchmarkProvince p = BenchmarkProvince.generate(jdbc);
            jdbc.sql("UPDATE campaigns SET deadline = now() - interval '1 hour' WHERE id = :c").param("c", p.campaign()).update();
            jdbc.sql("UPDATE assignments SET deadline = now() - interval '1 hour' WHERE campaign_id = :c").param("c", p.campaign()).update();
            UnitRepository units = new UnitRepository(jdbc);
            UnitTree tree = new UnitTree(jdbc, units, new OrganisationHistory(jdbc, Clock.systemUTC()));
            CampaignResults results = new CampaignResults(jdbc, units);
            var before = results.forUnit(p.province(), p.campaign());
            System.out.printf("province report, live tables, warm, mean of 5: %d ms%n", warm(results, p));
            long t = System.nanoTime();
            new OrganisationHistory(jdbc, Clock.systemUTC()).freezeEndedCampaigns();
            System.out.printf("freeze the ended campaign (%d units, %d members copied): %d ms%n",
                    jdbc.sql("SELECT count(*) FROM campaign_frozen_units").query(Long.class).single(),
                    jdbc.sql("SELECT count(*) FROM campaign_frozen_members").query(Long.class).single(), (System.nanoTime() - t) / 1_000_000);
            var districts = units.children(p.province());
            t = System.nanoTime();
            tree.move(districts.get(1).id(), districts.get(2).id(), null);
            System.out.printf("move a district under another (%d units rewritten): %d ms%n",
                    jdbc.sql("SELECT count(*) FROM units WHERE path LIKE :p").param("p", units.findById(districts.get(1).id()).orElseThrow()
                            .subtreePattern()).query(Long.class).single(), (System.nanoTime() - t) / 1_000_000);
            var communes = units.children(districts.get(3).id());
            t = System.nanoTime();
            tree.merge(communes.get(0).id(), communes.get(1).id(), null);
            System.out.printf("merge two communes (10 cells, 200 members move): %d ms%n", (System.nanoTime() - t) / 1_000_000);
            t = System.nanoTime();
            var after = results.forUnit(p.province(), p.campaign());
            System.out.printf("ended campaign's province report from the frozen copy: %d ms; unchanged: %s%n", (System.nanoTime() - t) / 1_000_000,
                    before.total().equals(after.total()) && before.children().stream().map(l -> l.members() + "/" + l.studied()).toList()
                            .equals(after.children().stream().map(l -> l.members() + "/" + l.studied()).toList()));
            System.out.printf("province report, frozen copy, warm, mean of 5: %d ms%n", warm(results, p));
        }
    }

    private static long warm(CampaignResults results, BenchmarkProvince p) {
        for (int i = 0; i < 3; i++) {
            results.forUnit(p.province(), p.campaign());
        }
        long t = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            results.forUnit(p.province(), p.campaign());
        }
        return (System.nanoTime() - t) / 5_000_000;
    }
}

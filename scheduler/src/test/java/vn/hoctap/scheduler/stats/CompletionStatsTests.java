package vn.hoctap.scheduler.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.content.document.NewDocument;
import vn.hoctap.content.testing.TestDatabase;
import vn.hoctap.scheduler.assignment.AssignmentRepository;
import vn.hoctap.scheduler.unit.Unit;
import vn.hoctap.scheduler.unit.UnitRepository;

/**
 * Stats on a generated province of 5,000 cells and 100,000 members, checked against counts made
 * independently in Java from the raw rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompletionStatsTests {

    private final TestDatabase database = TestDatabase.perClass();

    private JdbcClient jdbc;
    private CompletionStats stats;
    private long province;
    private long assignment;
    private long districtAssignment;
    private long firstDistrict;

    @BeforeAll
    void generateProvince() {
        var dataSource = database.dataSource();
        jdbc = JdbcClient.create(dataSource);
        var units = new UnitRepository(jdbc);
        stats = new CompletionStats(jdbc, units);
        province = units.create(null, vn.hoctap.scheduler.unit.UnitLevel.PROVINCE, "Tỉnh").id();
        // 10 districts x 50 communes x 10 cells = 5,000 cells; 20 members per cell = 100,000 members.
        jdbc.sql("INSERT INTO units (parent_id, level, name, path, depth) SELECT :p, 'DISTRICT', 'Huyện ' || g, '', 0 FROM generate_series(1, 10) g")
                .param("p", province).update();
        jdbc.sql("INSERT INTO units (parent_id, level, name, path, depth) SELECT d.id, 'COMMUNE', 'Xã ' || g, '', 0 FROM units d, generate_series(1, 50) g WHERE d.level = 'DISTRICT' ORDER BY d.id, g").update();
        jdbc.sql("INSERT INTO units (parent_id, level, name, path, depth) SELECT c.id, 'CELL', 'Chi bộ ' || g, '', 0 FROM units c, generate_series(1, 10) g WHERE c.level = 'COMMUNE' ORDER BY c.id, g").update();
        jdbc.sql("INSERT INTO members (unit_id, full_name) SELECT c.id, 'Đảng viên ' || g FROM units c, generate_series(1, 20) g WHERE c.level = 'CELL'").update();
        jdbc.sql("UPDATE members SET status = 'LEFT' WHERE id % 97 = 0").update();
        long doc = new DocumentRepository(jdbc).save(new NewDocument("NQ", "18", "TW", LocalDate.of(2017, 10, 25), "Bộ máy", null)).id();
        var assignments = new AssignmentRepository(jdbc, Clock.systemUTC());
        Instant now = Instant.now();
        assignment = assignments.create(doc, province, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)));
        firstDistrict = units.children(province).get(0).id();
        districtAssignment = assignments.create(doc, firstDistrict, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)));
        // Completion varies by district so child percentages differ.
        jdbc.sql("""
                INSERT INTO confirmations (member_id, assignment_id)
                SELECT m.id, :a FROM members m JOIN units u ON u.id = m.unit_id
                 WHERE (m.id * 7919) % 100 < 40 + (split_part(u.path, '/', 3)::bigint % 10) * 6
                """).param("a", assignment).update();
        jdbc.sql("INSERT INTO confirmations (member_id, assignment_id) SELECT id, :a FROM members WHERE id % 3 = 0")
                .param("a", districtAssignment).update();
    }

    @Test
    void generatedTreeHasTheAdvertisedSize() {
        assertThat(jdbc.sql("SELECT count(*) FROM units WHERE level = 'CELL'").query(Long.class).single()).isEqualTo(5_000);
        assertThat(jdbc.sql("SELECT count(*) FROM members").query(Long.class).single()).isEqualTo(100_000);
    }

    @Test
    void provinceTotalsAndEveryDistrictMatchIndependentCounts() {
        Map<Long, long[]> expected = countInJava(province, assignment, 1);
        SubtreeCompletion result = stats.forUnit(province, assignment);
        long members = expected.values().stream().mapToLong(v -> v[0]).sum();
        long confirmed = expected.values().stream().mapToLong(v -> v[1]).sum();
        assertThat(result.total().members()).isEqualTo(members).isLessThan(100_000).isGreaterThan(98_000);
        assertThat(result.total().confirmed()).isEqualTo(confirmed);
        assertThat(result.children()).hasSize(10).allSatisfy(child -> {
            long[] v = expected.get(child.unit().id());
            assertThat(child.members()).isEqualTo(v[0]);
            assertThat(child.confirmed()).isEqualTo(v[1]);
        });
        assertThat(result.children().stream().map(UnitCompletion::percent).distinct().count()).isGreaterThan(5);
    }

    @Test
    void communeBreakdownOfOneDistrict() {
        Map<Long, long[]> expected = countInJava(firstDistrict, assignment, 2);
        SubtreeCompletion result = stats.forUnit(firstDistrict, assignment);
        assertThat(result.children()).hasSize(50).allSatisfy(child -> {
            assertThat(child.members()).isEqualTo(expected.get(child.unit().id())[0]);
            assertThat(child.confirmed()).isEqualTo(expected.get(child.unit().id())[1]);
        });
    }

    @Test
    void assignmentForOneDistrictCountsOnlyThatDistrictEvenFromTheProvince() {
        SubtreeCompletion result = stats.forUnit(province, districtAssignment);
        Map<Long, long[]> expected = countInJava(province, districtAssignment, 1);
        assertThat(result.total().members()).isEqualTo(expected.get(firstDistrict)[0]);
        assertThat(result.children()).filteredOn(c -> c.unit().id() != firstDistrict)
                .allSatisfy(c -> assertThat(c.members()).isZero());
        assertThat(result.children()).filteredOn(c -> c.unit().id() == firstDistrict).singleElement()
                .satisfies(c -> assertThat(c.confirmed()).isEqualTo(expected.get(firstDistrict)[1]));
    }

    @Test
    void percentIsRoundedToOneDecimal() {
        Unit u = new Unit(1, null, vn.hoctap.scheduler.unit.UnitLevel.CELL, "x", "/1/", 0);
        assertThat(new UnitCompletion(u, 44_046, 43_297).percent()).isEqualTo(new BigDecimal("98.3"));
        assertThat(new UnitCompletion(u, 0, 0).percent()).isEqualTo(new BigDecimal("0.0"));
    }

    /** Counts per child at the given depth, from raw rows and plain Java: member -> unit path -> ancestor. */
    private Map<Long, long[]> countInJava(long unitId, long assignmentId, int childDepth) {
        String prefix = jdbc.sql("SELECT path FROM units WHERE id = :id").param("id", unitId).query(String.class).single();
        String assignedPrefix = jdbc.sql("SELECT u.path FROM assignments a JOIN units u ON u.id = a.unit_id WHERE a.id = :a")
                .param("a", assignmentId).query(String.class).single();
        List<Map<String, Object>> rows = jdbc.sql("""
                SELECT u.path, m.status, EXISTS (SELECT 1 FROM confirmations c WHERE c.member_id = m.id AND c.assignment_id = :a) AS done
                  FROM members m JOIN units u ON u.id = m.unit_id""").param("a", assignmentId).query().listOfRows();
        Map<Long, long[]> counts = new HashMap<>();
        for (Map<String, Object> row : rows) {
            String path = (String) row.get("path");
            if (!path.startsWith(prefix) || !path.startsWith(assignedPrefix) || "LEFT".equals(row.get("status"))) {
                continue;
            }
            String[] ids = path.substring(1).split("/");
            long child = Long.parseLong(ids[childDepth]);
            long[] v = counts.computeIfAbsent(child, k -> new long[2]);
            v[0]++;
            if ((Boolean) row.get("done")) {
                v[1]++;
            }
        }
        return counts;
    }
}

package vn.hoctap.scheduler.stats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.hoctap.scheduler.unit.Unit;
import vn.hoctap.scheduler.unit.UnitRepository;

/**
 * Completion figures by unit. One grouped query over the subtree: each member is attributed to
 * the child unit found at the next position of their unit's path, so 100,000 members are one scan.
 * Counted: members not LEFT, in both the asked subtree and the assignment's subtree.
 */
@Service
public class CompletionStats {

    private final JdbcClient jdbc;
    private final UnitRepository units;

    public CompletionStats(JdbcClient jdbc, UnitRepository units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    public SubtreeCompletion forUnit(long unitId, long assignmentId) {
        Unit unit = units.findById(unitId).orElseThrow(() -> new NoSuchElementException("unit " + unitId));
        String assignmentPath = jdbc.sql("SELECT u.path FROM assignments a JOIN units u ON u.id = a.unit_id WHERE a.id = :a")
                .param("a", assignmentId).query(String.class).optional()
                .orElseThrow(() -> new NoSuchElementException("assignment " + assignmentId));
        if (!assignmentPath.startsWith(unit.path()) && !unit.path().startsWith(assignmentPath)) {
            // another unit's assignment: there is nothing to count here, and zeros would read as "nobody studied"
            throw new NoSuchElementException("assignment " + assignmentId + " is not assigned to unit " + unitId + " or its units");
        }
        Map<String, long[]> byChild = new HashMap<>();
        jdbc.sql("""
                SELECT split_part(u.path, '/', :childPos) AS child, count(*) AS members, count(c.member_id) AS confirmed
                  FROM units u
                  JOIN members m ON m.unit_id = u.id AND m.status <> 'LEFT'
                  LEFT JOIN confirmations c ON c.member_id = m.id AND c.assignment_id = :a
                 WHERE u.path LIKE :subtree AND u.path LIKE :assigned
                 GROUP BY 1
                """).param("childPos", unit.depth() + 3).param("a", assignmentId)
                .param("subtree", unit.subtreePattern()).param("assigned", assignmentPath + "%")
                .query((rs, n) -> byChild.put(rs.getString("child"), new long[] {rs.getLong("members"), rs.getLong("confirmed")}))
                .list();
        long members = byChild.values().stream().mapToLong(v -> v[0]).sum();
        long confirmed = byChild.values().stream().mapToLong(v -> v[1]).sum();
        List<UnitCompletion> children = units.children(unitId).stream().map(child -> {
            long[] v = byChild.getOrDefault(Long.toString(child.id()), new long[2]);
            return new UnitCompletion(child, v[0], v[1]);
        }).toList();
        return new SubtreeCompletion(assignmentId, new UnitCompletion(unit, members, confirmed), children);
    }
}

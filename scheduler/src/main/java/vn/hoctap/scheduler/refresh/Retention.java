package vn.hoctap.scheduler.refresh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.hoctap.scheduler.unit.Unit;
import vn.hoctap.scheduler.unit.UnitRepository;

/**
 * How much members still know at each refresher interval: of the refreshers answered, the share
 * answered right, for a unit's subtree and for each of its child units, in one grouped query.
 */
@Service
public class Retention {

    /** Answered and right at one interval; {@code percent} is null when nobody answered yet. */
    public record Cell(int days, long answered, long right, Double percent) {
        public static Cell of(int days, long answered, long right) {
            return new Cell(days, answered, right, answered == 0 ? null : Math.round(right * 1000.0 / answered) / 10.0);
        }
    }

    /** One unit's line: a cell per interval, in the order of {@code days}. */
    public record Line(Unit unit, List<Cell> cells) {
    }

    public record Table(List<Integer> days, Line total, List<Line> children) {
    }

    private final JdbcClient jdbc;
    private final UnitRepository units;
    private final RefresherProperties props;

    public Retention(JdbcClient jdbc, UnitRepository units, RefresherProperties props) {
        this.jdbc = jdbc;
        this.units = units;
        this.props = props;
    }

    public Table byUnit(long campaignId, long unitId) {
        Unit unit = units.findById(unitId).orElseThrow(() -> new java.util.NoSuchElementException("unit " + unitId));
        List<Unit> children = units.children(unitId);
        record Row(Long child, int days, long answered, long right) {
        }
        // Each answered refresher of the campaign in the unit's subtree, attributed to the child unit whose path it lies under.
        List<Row> rows = jdbc.sql("""
                SELECT ch.id, r.interval_days, count(*), count(*) FILTER (WHERE r.correct)
                  FROM refreshers r
                  JOIN members m ON m.id = r.member_id
                  JOIN units mu ON mu.id = m.unit_id AND mu.path LIKE :subtree
                  LEFT JOIN units ch ON ch.parent_id = :unit AND unit_within(mu.path, ch.path)
                 WHERE r.campaign_id = :c AND r.answered_at IS NOT NULL
                 GROUP BY ch.id, r.interval_days""")
                .param("subtree", unit.subtreePattern()).param("unit", unitId).param("c", campaignId)
                .query((rs, n) -> new Row((Long) rs.getObject(1), rs.getInt(2), rs.getLong(3), rs.getLong(4))).list();
        Map<Long, Map<Integer, Row>> byChild = new LinkedHashMap<>();
        Map<Integer, long[]> total = new LinkedHashMap<>();
        for (Row r : rows) {
            if (r.child() != null) {
                byChild.computeIfAbsent(r.child(), k -> new LinkedHashMap<>()).put(r.days(), r);
            }
            long[] t = total.computeIfAbsent(r.days(), k -> new long[2]);
            t[0] += r.answered();
            t[1] += r.right();
        }
        List<Line> lines = new ArrayList<>();
        for (Unit child : children) {
            Map<Integer, Row> cells = byChild.getOrDefault(child.id(), Map.of());
            lines.add(new Line(child, props.days().stream().map(d -> {
                Row r = cells.get(d);
                return Cell.of(d, r == null ? 0 : r.answered(), r == null ? 0 : r.right());
            }).toList()));
        }
        Line totalLine = new Line(unit, props.days().stream().map(d -> {
            long[] t = total.getOrDefault(d, new long[2]);
            return Cell.of(d, t[0], t[1]);
        }).toList());
        return new Table(props.days(), totalLine, lines);
    }
}

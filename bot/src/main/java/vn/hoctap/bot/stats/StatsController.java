package vn.hoctap.bot.stats;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hoctap.bot.access.UnitScope;
import vn.hoctap.scheduler.stats.CompletionStats;
import vn.hoctap.scheduler.stats.SubtreeCompletion;
import vn.hoctap.scheduler.stats.UnitCompletion;

/** Completion of an assignment for a unit subtree and each of its child units (API; a scoped login only within its subtree). */
@RestController
class StatsController {

    record UnitRow(long unitId, String name, String level, long members, long confirmed, BigDecimal percent) {
        static UnitRow of(UnitCompletion c) {
            return new UnitRow(c.unit().id(), c.unit().name(), c.unit().level().name(), c.members(), c.confirmed(),
                    c.percent());
        }
    }

    record StatsResponse(long assignmentId, UnitRow unit, List<UnitRow> children) {
    }

    private final CompletionStats stats;
    private final UnitScope scope;

    StatsController(CompletionStats stats, UnitScope scope) {
        this.stats = stats;
        this.scope = scope;
    }

    @GetMapping("/api/stats/units/{unitId}")
    StatsResponse unit(@PathVariable long unitId, @RequestParam("assignment") long assignmentId) {
        scope.requireUnit(unitId);
        scope.requireAssignment(assignmentId);
        SubtreeCompletion s = stats.forUnit(unitId, assignmentId);
        return new StatsResponse(s.assignmentId(), UnitRow.of(s.total()), s.children().stream().map(UnitRow::of).toList());
    }
}

package vn.hoctap.scheduler.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;

import vn.hoctap.scheduler.unit.Unit;

/** Members of a unit subtree who must study an assignment, and how many confirmed. */
public record UnitCompletion(Unit unit, long members, long confirmed) {

    /** Percentage with one decimal, as reports print it ("98,3%"); 0 when nobody is assigned. */
    public BigDecimal percent() {
        if (members == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(confirmed * 100).divide(BigDecimal.valueOf(members), 1, RoundingMode.HALF_UP);
    }
}

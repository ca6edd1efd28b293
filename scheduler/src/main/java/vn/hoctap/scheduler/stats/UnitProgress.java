package vn.hoctap.scheduler.stats;

import vn.hoctap.scheduler.unit.Unit;

/**
 * A unit subtree's figures for one campaign, as the dashboard shows them. Counted: members (not LEFT)
 * who must study at least one assignment of the campaign. {@code studied}: confirmed every campaign
 * assignment that applies to them; {@code quizPassed}: passed the quiz of every such assignment;
 * {@code reflections}: submitted reflection and plan for every such assignment; {@code unreachable}:
 * BLOCKED or never linked to Telegram (they must be reached another way).
 */
public record UnitProgress(Unit unit, long members, long studied, long quizPassed, long reflections, long unreachable) {

    /** Studied as a percentage with one decimal; 0 when nobody must study. */
    public double percent() {
        return members == 0 ? 0 : Math.round(studied * 1000.0 / members) / 10.0;
    }
}

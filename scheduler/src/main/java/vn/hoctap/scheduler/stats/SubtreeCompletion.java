package vn.hoctap.scheduler.stats;

import java.util.List;

/** Completion of one assignment for a unit subtree, and the same for each child unit. */
public record SubtreeCompletion(long assignmentId, UnitCompletion total, List<UnitCompletion> children) {
}

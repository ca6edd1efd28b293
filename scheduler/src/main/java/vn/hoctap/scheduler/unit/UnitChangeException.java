package vn.hoctap.scheduler.unit;

import vn.hoctap.scheduler.rules.RuleViolation;

/**
 * A change to the organisation tree that its rules refuse (a code already taken, a move into the
 * unit's own subtree, closing a unit that still has members…). The dashboard and the API show the
 * bundle message for {@link #key()} in the user's language; {@link #getMessage()} is the Vietnamese
 * text, because the tree import's per-row report (written in Vietnamese for the office that filed
 * the file) quotes it.
 */
public class UnitChangeException extends RuleViolation {

    public UnitChangeException(String key, String vietnamese, Object... args) {
        super(null, key, vietnamese, args);
    }
}

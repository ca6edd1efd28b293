package vn.hoctap.scheduler.member.roster;

import vn.hoctap.scheduler.member.MemberStatus;

/** A roster row that passed every check, ready to be written; {@code role} null: no role given. */
record RosterEntry(int row, String externalRef, String fullName, long unitId, MemberStatus status, vn.hoctap.scheduler.unit.UnitRole role) {
}

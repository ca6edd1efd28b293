package vn.hoctap.scheduler.member.roster;

import vn.hoctap.scheduler.member.MemberStatus;

/** A roster row that passed every check, ready to be written. */
record RosterEntry(int row, String externalRef, String fullName, long unitId, MemberStatus status) {
}

package vn.hoctap.bot.audit;

import java.time.OffsetDateTime;

/**
 * One line of the audit trail: who ({@code actor}, their login id and scope), when, what
 * ({@code action}: {@code LOGIN}, {@code LOGIN_FAILED}, {@code LOGOUT}, or the HTTP method and the
 * handler, e.g. {@code POST CampaignPages#cancel}), on what ({@code path}, {@code target}: path
 * variables and a few safe parameters), in which unit, with which outcome (the HTTP status or the
 * failure), from which address.
 */
public record AuditEntry(long id, OffsetDateTime at, String actor, Long actorId, Long actorUnitId, String action, String path,
        String target, Long unitId, String outcome, String address) {

    /** A new entry, before it has an id and a time. */
    static AuditEntry of(String actor, Long actorId, Long actorUnitId, String action, String path, String target, Long unitId,
            String outcome, String address) {
        return new AuditEntry(0, null, actor, actorId, actorUnitId, action, path, target, unitId, outcome, address);
    }
}

package vn.hoctap.bot.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail in PostgreSQL. Recording never fails the action it records: if the database cannot
 * take the line, it goes to the log (where JSON logging and the log shipper still keep it). Text is
 * cut to a bound so no request can make a huge row.
 */
@Service
public class AuditTrail {

    /**
     * A request attribute a handler may set to say what its action changed (e.g. a campaign edit's
     * changed fields); the audit line keeps it as {@code changed=…} beside the path variables.
     */
    public static final String CHANGES = AuditTrail.class.getName() + ".changes";

    static final int MAX_TEXT = 500;
    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes in a transaction of its own: a rolled-back request still leaves its audit line. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditEntry e) {
        try {
            jdbc.sql("""
                    INSERT INTO audit_log (actor, actor_id, actor_unit_id, action, path, target, unit_id, outcome, address)
                    VALUES (:actor, :actorId, :actorUnit, :action, :path, :target, :unit, :outcome, :address)""")
                    .param("actor", cut(e.actor())).param("actorId", e.actorId()).param("actorUnit", e.actorUnitId())
                    .param("action", cut(e.action())).param("path", cut(e.path())).param("target", cut(e.target()))
                    .param("unit", e.unitId()).param("outcome", cut(e.outcome())).param("address", cut(e.address())).update();
        } catch (RuntimeException failure) {
            log.warn("AUDIT (not stored: {}): {}", failure.getMessage(), e);
        }
    }

    /**
     * The newest entries before {@code beforeId} (0: the newest), by actors inside the subtree given
     * as a units.path LIKE pattern ({@code %}: everything, including unscoped actors).
     */
    public List<AuditEntry> recent(String subtreePattern, long beforeId, int limit) {
        return jdbc.sql("""
                SELECT a.id, a.at, a.actor, a.actor_id, a.actor_unit_id, a.action, a.path, a.target, a.unit_id, a.outcome, a.address
                FROM audit_log a LEFT JOIN units u ON u.id = a.actor_unit_id
                WHERE (:before = 0 OR a.id < :before) AND (:pattern = '%' OR u.path LIKE :pattern)
                ORDER BY a.id DESC LIMIT :limit""")
                .param("before", beforeId).param("pattern", subtreePattern).param("limit", limit)
                .query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getObject(2, java.time.OffsetDateTime.class), rs.getString(3),
                        (Long) rs.getObject(4), (Long) rs.getObject(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        (Long) rs.getObject(9), rs.getString(10), rs.getString(11)))
                .list();
    }

    /** What the audit page filters on; blank or null parts do not filter. {@code action} is a stored code or its handler part. */
    public record Filter(String actor, String action, LocalDate from, LocalDate to) {
    }

    /** An entry with the name of the unit it acted on (null when it names none). */
    public record Line(AuditEntry entry, String unitName) {
    }

    /**
     * One page of entries by actors inside the subtree ({@code %}: everything), newest first:
     * older than {@code beforeId}, or (paging back towards the newest) newer than {@code afterId}.
     * Dates are whole days in {@code zone}, both ends included.
     */
    public List<Line> search(String subtreePattern, Filter f, ZoneId zone, long beforeId, long afterId, int limit) {
        String actor = f.actor() == null ? "" : f.actor().strip();
        String action = f.action() == null ? "" : f.action().strip();
        Timestamp from = Timestamp.from(f.from() == null ? Instant.EPOCH : f.from().atStartOfDay(zone).toInstant());
        Timestamp to = Timestamp.from(f.to() == null ? Instant.parse("9999-01-01T00:00:00Z") : f.to().plusDays(1).atStartOfDay(zone).toInstant());
        List<Line> lines = jdbc.sql("""
                SELECT a.id, a.at, a.actor, a.actor_id, a.actor_unit_id, a.action, a.path, a.target, a.unit_id, a.outcome, a.address, t.name
                FROM audit_log a LEFT JOIN units u ON u.id = a.actor_unit_id LEFT JOIN units t ON t.id = a.unit_id
                WHERE (:pattern = '%' OR u.path LIKE :pattern)
                  AND (:actor = '' OR a.actor ILIKE :actorLike ESCAPE '\\')
                  AND (:action = '' OR a.action = :action OR a.action LIKE :actionLike ESCAPE '\\')
                  AND a.at >= :from AND a.at < :to
                  AND (:before = 0 OR a.id < :before) AND (:after = 0 OR a.id > :after)
                ORDER BY a.id""" + (afterId == 0 ? " DESC" : "") + " LIMIT :limit")
                .param("pattern", subtreePattern).param("actor", actor).param("actorLike", "%" + like(actor) + "%")
                .param("action", action).param("actionLike", "% " + like(action)).param("from", from).param("to", to)
                .param("before", beforeId).param("after", afterId).param("limit", limit)
                .query((rs, n) -> new Line(new AuditEntry(rs.getLong(1), rs.getObject(2, java.time.OffsetDateTime.class), rs.getString(3),
                        (Long) rs.getObject(4), (Long) rs.getObject(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        (Long) rs.getObject(9), rs.getString(10), rs.getString(11)), rs.getString(12)))
                .list();
        if (afterId != 0) {
            lines = new java.util.ArrayList<>(lines);
            java.util.Collections.reverse(lines);
        }
        return lines;
    }

    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String cut(String s) {
        return s == null || s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT) + "…";
    }
}

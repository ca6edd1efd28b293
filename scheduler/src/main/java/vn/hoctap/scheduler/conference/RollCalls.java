package vn.hoctap.scheduler.conference;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a secretary does at the point from the bot: the roll-call sheet of the unit's convened
 * members (to tick those without Telegram) and the point the unit hosts (for the non-member count).
 * Everything is limited to the secretary's own subtree and to conferences open for check-in.
 */
@Service
public class RollCalls {

    public record Absentee(long memberId, String fullName) {
    }

    /**
     * The unit's convened members at a conference: how many, how many present, the first absentees,
     * and the last ones ticked by hand (a mistaken tick can be taken back).
     */
    public record Sheet(Conference conference, String unitName, long convened, long present, List<Absentee> absent,
            List<Absentee> lastTicked) {
    }

    public enum Tick {
        TICKED, ALREADY, OUTSIDE
    }

    public enum Untick {
        UNTICKED, NOT_TICKED_BY_HAND, OUTSIDE
    }

    /** How many hand ticks the sheet offers to take back. */
    private static final int UNDOABLE = 5;

    private static final String OPEN = "c.status = 'PLANNED' AND :now BETWEEN c.starts_at - interval '30 minutes' AND c.ends_at";

    private final ConferenceRepository conferences;
    private final CheckIns checkIns;
    private final JdbcClient jdbc;
    private final Clock clock;

    RollCalls(ConferenceRepository conferences, CheckIns checkIns, JdbcClient jdbc, Clock clock) {
        this.conferences = conferences;
        this.checkIns = checkIns;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The running conference with members of the unit's subtree convened, the one ending first. */
    public Optional<Conference> running(long unitId) {
        return jdbc.sql("""
                SELECT c.id FROM conferences c, units s WHERE s.id = :u AND %s AND EXISTS (
                    SELECT 1 FROM conference_attendees a JOIN members m ON m.id = a.member_id JOIN units mu ON mu.id = m.unit_id
                     WHERE a.conference_id = c.id AND a.convened AND unit_within(mu.path, s.path))
                 ORDER BY c.ends_at, c.id LIMIT 1""".formatted(OPEN)).param("u", unitId).param("now", now())
                .query(Long.class).optional().flatMap(conferences::findById);
    }

    public Sheet sheet(Conference c, long unitId, int limit) {
        String subtree = "FROM conference_attendees a JOIN members m ON m.id = a.member_id JOIN units mu ON mu.id = m.unit_id, units s"
                + " WHERE s.id = :u AND a.conference_id = :c AND a.convened AND unit_within(mu.path, s.path)";
        long[] counts = jdbc.sql("SELECT count(*), count(a.checked_in_at) " + subtree).param("u", unitId).param("c", c.id())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        List<Absentee> absent = jdbc.sql("SELECT m.id, m.full_name " + subtree + " AND a.checked_in_at IS NULL ORDER BY m.full_name, m.id LIMIT :n")
                .param("u", unitId).param("c", c.id()).param("n", limit)
                .query((rs, n) -> new Absentee(rs.getLong(1), rs.getString(2))).list();
        List<Absentee> ticked = jdbc.sql("SELECT m.id, m.full_name " + subtree
                + " AND a.checked_in_by = 'ROLL' ORDER BY a.checked_in_at DESC, m.id LIMIT " + UNDOABLE).param("u", unitId).param("c", c.id())
                .query((rs, n) -> new Absentee(rs.getLong(1), rs.getString(2))).list();
        String unitName = jdbc.sql("SELECT name FROM units WHERE id = :u").param("u", unitId).query(String.class).single();
        return new Sheet(c, unitName, counts[0], counts[1], absent, ticked);
    }

    /** Ticks a member present, if they are convened and in the unit's subtree and the conference is open. */
    @Transactional
    public Tick tick(long conferenceId, long unitId, long memberId) {
        if (!inReach(conferenceId, unitId, memberId)) {
            return Tick.OUTSIDE;
        }
        return checkIns.tick(conferenceId, memberId) ? Tick.TICKED : Tick.ALREADY;
    }

    /**
     * Takes back a tick made by hand (a secretary's slip at a busy door), on the same terms as ticking.
     * A member who checked in by scanning stays checked in: only they were there to scan.
     */
    @Transactional
    public Untick untick(long conferenceId, long unitId, long memberId) {
        if (!inReach(conferenceId, unitId, memberId)) {
            return Untick.OUTSIDE;
        }
        return checkIns.untick(conferenceId, memberId) ? Untick.UNTICKED : Untick.NOT_TICKED_BY_HAND;
    }

    private boolean inReach(long conferenceId, long unitId, long memberId) {
        return jdbc.sql("""
                SELECT count(*) FROM conferences c JOIN conference_attendees a ON a.conference_id = c.id
                  JOIN members m ON m.id = a.member_id JOIN units mu ON mu.id = m.unit_id, units s
                 WHERE c.id = :c AND a.member_id = :m AND a.convened AND s.id = :u AND unit_within(mu.path, s.path) AND %s"""
                .formatted(OPEN)).param("c", conferenceId).param("m", memberId).param("u", unitId).param("now", now())
                .query(Long.class).single() > 0;
    }

    /** The point the unit itself hosts at a conference open for check-in. */
    public Optional<ConferencePoint> hostedPoint(long unitId) {
        return jdbc.sql("SELECT p.id FROM conference_points p JOIN conferences c ON c.id = p.conference_id WHERE p.unit_id = :u AND "
                + OPEN + " ORDER BY c.ends_at, p.id LIMIT 1").param("u", unitId).param("now", now()).query(Long.class).optional()
                .flatMap(conferences::point);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}

package vn.hoctap.scheduler.conference;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-in at a connection point: by scanning the point's rotating code, or ticked by a secretary
 * (roll-call, for members without Telegram). A member is checked in once: the update only touches
 * a row whose check-in is still empty, so a second scan or a re-delivered update changes nothing.
 * A member scanning a point of a conference they were not convened to is recorded as a walk-in at
 * that point (counted apart from the convened, never in the attendance rate).
 */
@Service
public class CheckIns {

    /** What a scan did, with the points involved for the answer's wording. */
    public record ScanResult(Kind kind, Conference conference, ConferencePoint point, ConferencePoint ownPoint) {
    }

    public enum Kind {
        CHECKED_IN, ALREADY_CHECKED_IN, WALK_IN, EXPIRED, INVALID, NOT_OPEN, CLOSED, OTHER_POINT
    }

    private final CheckInCodes codes;
    private final ConferenceRepository conferences;
    private final JdbcClient jdbc;
    private final Clock clock;

    CheckIns(CheckInCodes codes, ConferenceRepository conferences, JdbcClient jdbc, Clock clock) {
        this.codes = codes;
        this.conferences = conferences;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public ScanResult scan(long memberId, String code) {
        Instant now = clock.instant();
        CheckInCodes.Verdict verdict = codes.verify(code, now);
        if (verdict instanceof CheckInCodes.Invalid) {
            return new ScanResult(Kind.INVALID, null, null, null);
        }
        long pointId = verdict instanceof CheckInCodes.Valid v ? v.pointId() : ((CheckInCodes.Expired) verdict).pointId();
        ConferencePoint point = conferences.point(pointId).orElseThrow();
        Conference conference = conferences.findById(point.conferenceId()).orElseThrow();
        if (conference.status() != Conference.Status.PLANNED) {
            // Ended early or cancelled: "outside the check-in window" would be untrue, the window may still be on.
            return new ScanResult(Kind.CLOSED, conference, point, null);
        }
        if (!conference.checkInOpen(now)) {
            return new ScanResult(Kind.NOT_OPEN, conference, point, null);
        }
        if (verdict instanceof CheckInCodes.Expired) {
            // A member already checked in who scans an old photo of the code needs no new one.
            boolean present = jdbc.sql("""
                    SELECT count(*) FROM conference_attendees WHERE conference_id = :c AND member_id = :m AND point_id = :p
                       AND checked_in_at IS NOT NULL""")
                    .param("c", conference.id()).param("m", memberId).param("p", pointId).query(Long.class).single() > 0;
            return new ScanResult(present ? Kind.ALREADY_CHECKED_IN : Kind.EXPIRED, conference, point, null);
        }
        int updated = jdbc.sql("""
                UPDATE conference_attendees SET checked_in_at = :now, checked_in_by = 'SCAN'
                 WHERE conference_id = :c AND member_id = :m AND point_id = :p AND checked_in_at IS NULL""")
                .param("now", Timestamp.from(now)).param("c", conference.id()).param("m", memberId).param("p", pointId).update();
        if (updated == 1) {
            return new ScanResult(Kind.CHECKED_IN, conference, point, point);
        }
        Optional<long[]> own = jdbc.sql("SELECT point_id, convened FROM conference_attendees WHERE conference_id = :c AND member_id = :m")
                .param("c", conference.id()).param("m", memberId).query((rs, n) -> new long[] {rs.getLong(1), rs.getBoolean(2) ? 1 : 0})
                .optional();
        if (own.isEmpty()) {
            jdbc.sql("""
                    INSERT INTO conference_attendees (conference_id, member_id, point_id, convened, checked_in_at, checked_in_by)
                    VALUES (:c, :m, :p, false, :now, 'SCAN') ON CONFLICT DO NOTHING""")
                    .param("c", conference.id()).param("m", memberId).param("p", pointId).param("now", Timestamp.from(now)).update();
            return new ScanResult(Kind.WALK_IN, conference, point, null);
        }
        if (own.get()[0] == pointId || own.get()[1] == 0) {
            // Checked in here already (scan, roll-call, or as a walk-in): nothing changes.
            return new ScanResult(Kind.ALREADY_CHECKED_IN, conference, point, null);
        }
        return new ScanResult(Kind.OTHER_POINT, conference, point, conferences.point(own.get()[0]).orElseThrow());
    }

    /**
     * A secretary ticks a convened member present. False if the member was already checked in or is
     * not convened to this conference; the caller has checked the secretary's scope.
     */
    @Transactional
    public boolean tick(long conferenceId, long memberId) {
        return jdbc.sql("""
                UPDATE conference_attendees SET checked_in_at = :now, checked_in_by = 'ROLL'
                 WHERE conference_id = :c AND member_id = :m AND convened AND checked_in_at IS NULL""")
                .param("now", Timestamp.from(clock.instant())).param("c", conferenceId).param("m", memberId).update() == 1;
    }

    /** Clears a roll-call tick (not a scan); true if there was one. */
    public boolean untick(long conferenceId, long memberId) {
        return jdbc.sql("""
                UPDATE conference_attendees SET checked_in_at = NULL, checked_in_by = NULL
                 WHERE conference_id = :c AND member_id = :m AND convened AND checked_in_by = 'ROLL'""")
                .param("c", conferenceId).param("m", memberId).update() == 1;
    }

    /** The number of non-member participants (đoàn viên, hội viên, nhân dân) at a point; replaces the last figure. */
    @Transactional
    public void nonMembers(long pointId, int count) {
        if (count < 0 || count > 1_000_000) {
            throw new IllegalArgumentException("count must be 0 to 1,000,000");
        }
        jdbc.sql("UPDATE conference_points SET non_members = :n WHERE id = :p").param("n", count).param("p", pointId).update();
    }
}

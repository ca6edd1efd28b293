package vn.hoctap.scheduler.conference;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** A convened member's answer to the convocation: attending, or absent with a reason. The last answer counts. */
@Service
public class Rsvps {

    public enum Reason {
        WORK, ILL, FAMILY, OTHER
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Rsvps(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return false if the member is not convened to this conference */
    public boolean attend(long conferenceId, long memberId) {
        return answer(conferenceId, memberId, "YES", null);
    }

    public boolean absent(long conferenceId, long memberId, Reason reason) {
        return answer(conferenceId, memberId, "NO", reason.name());
    }

    private boolean answer(long conferenceId, long memberId, String rsvp, String reason) {
        return jdbc.sql("""
                UPDATE conference_attendees SET rsvp = :r, absence_reason = :why, rsvp_at = :now
                 WHERE conference_id = :c AND member_id = :m AND convened""")
                .param("r", rsvp).param("why", reason).param("now", Timestamp.from(clock.instant()))
                .param("c", conferenceId).param("m", memberId).update() == 1;
    }
}

package vn.hoctap.scheduler.conference;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The organiser's live board: per connection point, convened, present, walk-ins and absentees by
 * the reason they gave, plus non-member participants. One grouped query over the conference's
 * attendee rows (100,000 rows for a province), so it can be polled while people arrive.
 */
@Service
public class ConferenceBoard {

    /** One point's figures; {@code absent*} count convened members not checked in who said why. */
    public record Row(ConferencePoint point, long convened, long present, long walkIns, long absentWork, long absentIll,
            long absentFamily, long absentOther, long nonMembers) {

        public long absentWithReason() {
            return absentWork + absentIll + absentFamily + absentOther;
        }

        /** Present in per mille of convened (one decimal of a percentage without floating point). */
        public long presentPerMille() {
            return convened == 0 ? 0 : Math.round(present * 1000.0 / convened);
        }
    }

    public record Board(Conference conference, List<Row> points, Row total) {
    }

    private record Counts(long convened, long present, long walkIns, long work, long ill, long family, long other) {
    }

    private final ConferenceRepository conferences;
    private final JdbcClient jdbc;

    ConferenceBoard(ConferenceRepository conferences, JdbcClient jdbc) {
        this.conferences = conferences;
        this.jdbc = jdbc;
    }

    /** One point's figures (for its check-in screen, polled every few seconds: reads only that point's rows). */
    public Row point(ConferencePoint point) {
        Map<Long, Counts> counts = counts("point_id = :p", point.id());
        Counts c = counts.getOrDefault(point.id(), new Counts(0, 0, 0, 0, 0, 0, 0));
        return new Row(point, c.convened(), c.present(), c.walkIns(), c.work(), c.ill(), c.family(), c.other(), point.nonMembers());
    }

    public Board of(Conference conference) {
        Map<Long, Counts> counts = counts("conference_id = :p", conference.id());
        List<Row> rows = conferences.points(conference.id()).stream().map(p -> {
            Counts c = counts.getOrDefault(p.id(), new Counts(0, 0, 0, 0, 0, 0, 0));
            return new Row(p, c.convened(), c.present(), c.walkIns(), c.work(), c.ill(), c.family(), c.other(), p.nonMembers());
        }).toList();
        Row total = new Row(null, sum(rows, Row::convened), sum(rows, Row::present), sum(rows, Row::walkIns), sum(rows, Row::absentWork),
                sum(rows, Row::absentIll), sum(rows, Row::absentFamily), sum(rows, Row::absentOther), sum(rows, Row::nonMembers));
        return new Board(conference, rows, total);
    }

    private Map<Long, Counts> counts(String filter, long id) {
        Map<Long, Counts> counts = new HashMap<>();
        jdbc.sql("""
                SELECT point_id, count(*) FILTER (WHERE convened),
                       count(*) FILTER (WHERE convened AND checked_in_at IS NOT NULL),
                       count(*) FILTER (WHERE NOT convened),
                       count(*) FILTER (WHERE convened AND checked_in_at IS NULL AND rsvp = 'NO' AND absence_reason = 'WORK'),
                       count(*) FILTER (WHERE convened AND checked_in_at IS NULL AND rsvp = 'NO' AND absence_reason = 'ILL'),
                       count(*) FILTER (WHERE convened AND checked_in_at IS NULL AND rsvp = 'NO' AND absence_reason = 'FAMILY'),
                       count(*) FILTER (WHERE convened AND checked_in_at IS NULL AND rsvp = 'NO' AND absence_reason = 'OTHER')
                  FROM conference_attendees WHERE /*filter*/ GROUP BY point_id""".replace("/*filter*/", filter)).param("p", id)
                .query((rs, n) -> counts.put(rs.getLong(1), new Counts(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8))))
                .list();
        return counts;
    }

    private static long sum(List<Row> rows, java.util.function.ToLongFunction<Row> f) {
        return rows.stream().mapToLong(f).sum();
    }
}

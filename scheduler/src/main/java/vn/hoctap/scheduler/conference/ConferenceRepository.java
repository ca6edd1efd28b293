package vn.hoctap.scheduler.conference;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Conferences, their documents and connection points, and who is convened where. */
@Repository
public class ConferenceRepository {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CONFERENCE = "SELECT id, campaign_id, name, starts_at, ends_at, makeup_days, status FROM conferences";
    private static final String POINT = """
            SELECT p.id, p.conference_id, p.unit_id, u.name, p.place, p.non_members
              FROM conference_points p JOIN units u ON u.id = p.unit_id""";
    private static final RowMapper<Conference> ROW = (rs, n) -> new Conference(rs.getLong(1), rs.getLong(2), rs.getString(3),
            rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(), rs.getInt(6), Conference.Status.valueOf(rs.getString(7)));
    private static final RowMapper<ConferencePoint> POINT_ROW = (rs, n) -> new ConferencePoint(rs.getLong(1), rs.getLong(2),
            rs.getLong(3), rs.getString(4), rs.getString(5), rs.getInt(6));

    private final JdbcClient jdbc;

    public ConferenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Conference> findById(long id) {
        return jdbc.sql(CONFERENCE + " WHERE id = :id").param("id", id).query(ROW).optional();
    }

    public List<Conference> ofCampaign(long campaignId) {
        return jdbc.sql(CONFERENCE + " WHERE campaign_id = :c ORDER BY starts_at, id").param("c", campaignId).query(ROW).list();
    }

    /** Conferences still to come or running, and those ended in the last {@code days} days, newest first. */
    public List<Conference> recent(Instant since) {
        return jdbc.sql(CONFERENCE + " WHERE ends_at >= :since ORDER BY starts_at DESC, id DESC LIMIT 200")
                .param("since", Timestamp.from(since)).query(ROW).list();
    }

    public List<ConferencePoint> points(long conferenceId) {
        return jdbc.sql(POINT + " WHERE p.conference_id = :c ORDER BY u.path").param("c", conferenceId).query(POINT_ROW).list();
    }

    public Optional<ConferencePoint> point(long pointId) {
        return jdbc.sql(POINT + " WHERE p.id = :p").param("p", pointId).query(POINT_ROW).optional();
    }

    /** "21-KL/TW — Title" of each document of the conference. */
    public List<String> documentLines(long conferenceId) {
        return jdbc.sql("""
                SELECT d.number || '-' || d.doc_type || '/' || d.issuer || ' — ' || d.title
                  FROM conference_documents cd JOIN documents d ON d.id = cd.document_id
                 WHERE cd.conference_id = :c ORDER BY d.id""").param("c", conferenceId).query(String.class).list();
    }

    /** The lowest unit above (or at) every point of the conference: where its results report starts. */
    public long commonAncestor(long conferenceId) {
        List<String[]> paths = jdbc.sql("SELECT u.path FROM conference_points p JOIN units u ON u.id = p.unit_id WHERE p.conference_id = :c")
                .param("c", conferenceId).query(String.class).list().stream().map(path -> path.substring(1).split("/")).toList();
        String[] first = paths.get(0);
        int common = first.length;
        for (String[] other : paths) {
            int i = 0;
            while (i < Math.min(common, other.length) && first[i].equals(other[i])) {
                i++;
            }
            common = i;
        }
        return Long.parseLong(first[Math.max(0, common - 1)]);
    }

    long insert(NewConference request, int makeupDays) {
        long id = jdbc.sql("""
                INSERT INTO conferences (campaign_id, name, starts_at, ends_at, makeup_days)
                VALUES (:c, :n, :s, :e, :d) RETURNING id""").param("c", request.campaignId()).param("n", request.name().strip())
                .param("s", Timestamp.from(request.startsAt())).param("e", Timestamp.from(request.endsAt())).param("d", makeupDays)
                .query(Long.class).single();
        for (long doc : request.documentIds().stream().distinct().toList()) {
            jdbc.sql("INSERT INTO conference_documents (conference_id, document_id) VALUES (:c, :d)").param("c", id).param("d", doc)
                    .update();
        }
        for (NewConference.Point p : request.points()) {
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            jdbc.sql("INSERT INTO conference_points (conference_id, unit_id, place, secret) VALUES (:c, :u, :p, :s)")
                    .param("c", id).param("u", p.unitId()).param("p", p.place().strip()).param("s", secret).update();
        }
        return id;
    }

    /**
     * Convenes every member (not left) below a point's unit to the nearest point above them: the
     * deepest hosting unit on their path. One statement for the whole conference.
     */
    int convene(long conferenceId) {
        return jdbc.sql("""
                INSERT INTO conference_attendees (conference_id, member_id, point_id)
                SELECT DISTINCT ON (m.id) :c, m.id, p.id
                  FROM conference_points p
                  JOIN units pu ON pu.id = p.unit_id
                  JOIN units mu ON unit_within(mu.path, pu.path)
                  JOIN members m ON m.unit_id = mu.id AND m.status <> 'LEFT'
                 WHERE p.conference_id = :c
                 ORDER BY m.id, pu.depth DESC
                ON CONFLICT DO NOTHING""").param("c", conferenceId).update();
    }

    byte[] secret(long pointId) {
        return jdbc.sql("SELECT secret FROM conference_points WHERE id = :p").param("p", pointId).query(byte[].class).optional()
                .orElse(null);
    }

    void markEnded(long conferenceId, Instant now) {
        jdbc.sql("UPDATE conferences SET status = 'ENDED', ended_at = :now WHERE id = :c AND status = 'PLANNED'")
                .param("now", Timestamp.from(now)).param("c", conferenceId).update();
    }
}

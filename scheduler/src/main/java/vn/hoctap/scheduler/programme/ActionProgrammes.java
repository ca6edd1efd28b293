package vn.hoctap.scheduler.programme;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoctap.scheduler.rules.RuleViolation;

/**
 * Committees' action programmes for a campaign: the draft uploaded (each upload a new version) until
 * it is issued, members' comments, and for the level above which child units issued theirs by the
 * campaign's deadline.
 */
@Service
public class ActionProgrammes {

    public enum Status {
        NONE, DRAFT, ISSUED
    }

    public record Programme(long id, long campaignId, String campaignName, long unitId, String unitName, String title, String body,
            int version, Status status, Instant issuedAt) {
    }

    public record Comment(String fullName, String unitName, int version, String comment, Instant at) {
    }

    /** A child unit's standing: no programme, a draft, issued (on time or late against the campaign's deadline). */
    public record UnitStanding(long unitId, String unitName, Status status, Instant issuedAt, boolean onTime) {
    }

    private static final String SELECT = """
            SELECT p.id, p.campaign_id, c.name, p.unit_id, u.name, p.title, p.body, p.version, p.status, p.issued_at
              FROM action_programmes p JOIN campaigns c ON c.id = p.campaign_id JOIN units u ON u.id = p.unit_id""";
    private static final RowMapper<Programme> ROW = (rs, n) -> new Programme(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), Status.valueOf(rs.getString(9)),
            rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant());

    private final JdbcClient jdbc;
    private final Clock clock;

    ActionProgrammes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Uploads the draft (a new version); refused once the programme is issued. */
    @Transactional
    public Programme upload(long campaignId, long unitId, String title, String body) {
        if (title == null || title.isBlank() || title.length() > 300) {
            throw new RuleViolation("title", "rule.programme.title", "title 1 to 300 characters");
        }
        if (body == null || body.isBlank() || body.length() > 100_000) {
            throw new RuleViolation("body", "rule.programme.body", "body 1 to 100,000 characters");
        }
        require("SELECT count(*) FROM campaigns WHERE id = :c", campaignId, "campaign " + campaignId);
        require("SELECT count(*) FROM units WHERE id = :c", unitId, "unit " + unitId);
        int updated = jdbc.sql("""
                INSERT INTO action_programmes (campaign_id, unit_id, title, body, updated_at) VALUES (:c, :u, :t, :b, :now)
                ON CONFLICT (campaign_id, unit_id) DO UPDATE SET title = EXCLUDED.title, body = EXCLUDED.body,
                    version = action_programmes.version + 1, updated_at = EXCLUDED.updated_at
                 WHERE action_programmes.status = 'DRAFT'""").param("c", campaignId).param("u", unitId).param("t", title.strip())
                .param("b", body.strip()).param("now", now()).update();
        if (updated == 0) {
            throw new IllegalStateException("the action programme of unit " + unitId + " is already issued");
        }
        return of(campaignId, unitId).orElseThrow();
    }

    @Transactional
    public Programme issue(long campaignId, long unitId) {
        jdbc.sql("UPDATE action_programmes SET status = 'ISSUED', issued_at = :now WHERE campaign_id = :c AND unit_id = :u AND status = 'DRAFT'")
                .param("now", now()).param("c", campaignId).param("u", unitId).update();
        return of(campaignId, unitId).orElseThrow(() -> new NoSuchElementException("no action programme of unit " + unitId));
    }

    public Optional<Programme> of(long campaignId, long unitId) {
        return jdbc.sql(SELECT + " WHERE p.campaign_id = :c AND p.unit_id = :u").param("c", campaignId).param("u", unitId).query(ROW).optional();
    }

    public Optional<Programme> byId(long id) {
        return jdbc.sql(SELECT + " WHERE p.id = :id").param("id", id).query(ROW).optional();
    }

    /** The programmes a member can read: of their own unit and every unit above it, for active campaigns (at most 10). */
    public List<Programme> readableBy(long memberId) {
        return jdbc.sql(SELECT + """
                , members m JOIN units mu ON mu.id = m.unit_id
                 WHERE m.id = :m AND unit_within(mu.path, u.path) AND c.status = 'ACTIVE'
                 ORDER BY u.depth DESC, p.id DESC LIMIT 10""").param("m", memberId).query(ROW).list();
    }

    /** @return false if the member is not in the programme's unit subtree */
    public boolean comment(long programmeId, long memberId, String comment) {
        return jdbc.sql("""
                INSERT INTO action_programme_comments (programme_id, member_id, version, comment, created_at)
                SELECT p.id, m.id, p.version, :t, :now FROM action_programmes p JOIN units u ON u.id = p.unit_id,
                       members m JOIN units mu ON mu.id = m.unit_id
                 WHERE p.id = :p AND m.id = :m AND unit_within(mu.path, u.path)""").param("t", comment).param("now", now())
                .param("p", programmeId).param("m", memberId).update() == 1;
    }

    /** The newest comments on a programme (at most {@code limit}). */
    public List<Comment> comments(long programmeId, int limit) {
        return jdbc.sql("""
                SELECT m.full_name, mu.name, c.version, c.comment, c.created_at FROM action_programme_comments c
                  JOIN members m ON m.id = c.member_id JOIN units mu ON mu.id = m.unit_id
                 WHERE c.programme_id = :p ORDER BY c.created_at DESC, c.id DESC LIMIT :n""").param("p", programmeId).param("n", limit)
                .query((rs, n) -> new Comment(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant())).list();
    }

    /** The child units of {@code parentUnitId} (open ones) and where their programme for the campaign stands. */
    public List<UnitStanding> children(long campaignId, long parentUnitId) {
        return jdbc.sql("""
                SELECT u.id, u.name, coalesce(p.status, 'NONE'), p.issued_at, p.issued_at IS NOT NULL AND p.issued_at <= c.deadline
                  FROM units u JOIN campaigns c ON c.id = :c
                  LEFT JOIN action_programmes p ON p.unit_id = u.id AND p.campaign_id = c.id
                 WHERE u.parent_id = :u AND u.closed_at IS NULL ORDER BY u.name, u.id""").param("c", campaignId).param("u", parentUnitId)
                .query((rs, n) -> new UnitStanding(rs.getLong(1), rs.getString(2), Status.valueOf(rs.getString(3)),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), rs.getBoolean(5)))
                .list();
    }

    private void require(String sql, long id, String what) {
        if (jdbc.sql(sql).param("c", id).query(Long.class).single() == 0) {
            throw new NoSuchElementException(what);
        }
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}

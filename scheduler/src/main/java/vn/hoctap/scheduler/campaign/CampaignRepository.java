package vn.hoctap.scheduler.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Campaigns with their documents, audience and the assignments they create. */
@Repository
public class CampaignRepository {

    private final JdbcClient jdbc;

    public CampaignRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewCampaign c, Long ownerUnitId, Long createdBy) {
        var r = c.reminders();
        return jdbc.sql("""
                INSERT INTO campaigns (name, owner_unit_id, created_by_member_id, starts_at, deadline, require_summary,
                    require_quiz, require_reflection, pass_mark, reminder_offsets, deadline_morning, quiet_start, quiet_end,
                    skip_sundays, skip_holidays, paid_broadcast, lagging_percent)
                VALUES (:name, :owner, :by, :start, :deadline, :rs, :rq, :rr, :pass, :offsets, :morning, :qs, :qe, :sun,
                    :hol, :paid, :lag) RETURNING id""")
                .param("name", c.name().strip()).param("owner", ownerUnitId).param("by", createdBy)
                .param("start", Timestamp.from(c.startsAt())).param("deadline", Timestamp.from(c.deadline()))
                .param("rs", c.rules().requireSummary()).param("rq", c.rules().requireQuiz())
                .param("rr", c.rules().requireReflection()).param("pass", c.rules().passMark())
                .param("offsets", r.offsets().stream().map(Duration::toString).collect(Collectors.joining(",")))
                .param("morning", r.deadlineMorning()).param("qs", r.quietStart()).param("qe", r.quietEnd())
                .param("sun", r.skipSundays()).param("hol", r.skipHolidays()).param("paid", c.paidBroadcast())
                .param("lag", c.laggingPercent()).query(Long.class).single();
    }

    void addDocumentAndUnitsWithAssignments(long campaignId, NewCampaign c, List<Long> units) {
        for (long doc : c.documentIds()) {
            jdbc.sql("INSERT INTO campaign_documents (campaign_id, document_id) VALUES (:c, :d)").param("c", campaignId)
                    .param("d", doc).update();
        }
        for (long unit : units) {
            jdbc.sql("INSERT INTO campaign_units (campaign_id, unit_id) VALUES (:c, :u)").param("c", campaignId).param("u", unit)
                    .update();
            for (long doc : c.documentIds()) {
                jdbc.sql("""
                        INSERT INTO assignments (document_id, unit_id, starts_at, deadline, campaign_id)
                        VALUES (:d, :u, :s, :e, :c)""").param("d", doc).param("u", unit)
                        .param("s", Timestamp.from(c.startsAt())).param("e", Timestamp.from(c.deadline()))
                        .param("c", campaignId).update();
            }
        }
    }

    public Optional<Campaign> findById(long id) {
        return jdbc.sql("SELECT * FROM campaigns WHERE id = :id").param("id", id).query(CampaignRepository::map).optional();
    }

    /** All campaigns, newest start first: the history a province reports from. */
    public List<Campaign> all() {
        return jdbc.sql("SELECT * FROM campaigns ORDER BY starts_at DESC, id DESC LIMIT 1000").query(CampaignRepository::map).list();
    }

    public List<Campaign> active() {
        return jdbc.sql("SELECT * FROM campaigns WHERE status = 'ACTIVE' ORDER BY deadline, id").query(CampaignRepository::map).list();
    }

    public int deadlineRevision(long campaignId) {
        return jdbc.sql("SELECT deadline_revision FROM campaigns WHERE id = :c").param("c", campaignId).query(Integer.class)
                .optional().orElse(0);
    }

    public List<Long> audience(long campaignId) {
        return jdbc.sql("SELECT unit_id FROM campaign_units WHERE campaign_id = :c ORDER BY unit_id").param("c", campaignId)
                .query(Long.class).list();
    }

    public List<Long> documents(long campaignId) {
        return jdbc.sql("SELECT document_id FROM campaign_documents WHERE campaign_id = :c ORDER BY document_id")
                .param("c", campaignId).query(Long.class).list();
    }

    void updateDeadline(long id, java.time.Instant deadline) {
        jdbc.sql("UPDATE campaigns SET deadline = :d, deadline_revision = deadline_revision + 1 WHERE id = :id")
                .param("d", Timestamp.from(deadline)).param("id", id).update();
        jdbc.sql("UPDATE assignments SET deadline = :d WHERE campaign_id = :id").param("d", Timestamp.from(deadline))
                .param("id", id).update();
    }

    void markCancelled(long id) {
        jdbc.sql("UPDATE campaigns SET status = 'CANCELLED' WHERE id = :id").param("id", id).update();
    }

    /** Adds a public holiday (or renames it): no campaign message that skips holidays goes out that day. */
    public void saveHoliday(LocalDate day, String name) {
        jdbc.sql("INSERT INTO holidays (day, name) VALUES (:d, :n) ON CONFLICT (day) DO UPDATE SET name = EXCLUDED.name")
                .param("d", day).param("n", name).update();
    }

    public Set<LocalDate> holidays() {
        return Set.copyOf(jdbc.sql("SELECT day FROM holidays").query((rs, n) -> rs.getObject(1, LocalDate.class)).list());
    }

    static Campaign map(ResultSet rs, int n) throws SQLException {
        List<Duration> offsets = Arrays.stream(rs.getString("reminder_offsets").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(Duration::parse).toList();
        var reminders = new Campaign.ReminderSettings(offsets, rs.getBoolean("deadline_morning"),
                rs.getObject("quiet_start", LocalTime.class), rs.getObject("quiet_end", LocalTime.class),
                rs.getBoolean("skip_sundays"), rs.getBoolean("skip_holidays"));
        var rules = new Campaign.CompletionRules(rs.getBoolean("require_summary"), rs.getBoolean("require_quiz"),
                rs.getBoolean("require_reflection"), rs.getInt("pass_mark"));
        return new Campaign(rs.getLong("id"), rs.getString("name"), (Long) rs.getObject("owner_unit_id"),
                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("deadline").toInstant(),
                Campaign.Status.valueOf(rs.getString("status")), rules, reminders, rs.getBoolean("paid_broadcast"),
                rs.getInt("lagging_percent"));
    }
}

package vn.hoctap.scheduler.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.content.document.NewDocument;
import vn.hoctap.content.testing.TestDatabase;
import vn.hoctap.scheduler.delivery.Outbox;
import vn.hoctap.scheduler.delivery.OutboxItem;
import vn.hoctap.scheduler.delivery.Recipient;
import vn.hoctap.scheduler.delivery.SendRules;
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.unit.UnitLevel;
import vn.hoctap.scheduler.unit.UnitRepository;

/**
 * What is checked when a queued message is about to go: a member who finished meanwhile gets no
 * reminder, a snooze defers it, nothing of the campaign precedes the member's announcement, and a
 * cancelled campaign or a member who left gets nothing.
 */
class CampaignSendRulesTests {

    private final TestDatabase database = TestDatabase.perTest();

    private JdbcClient jdbc;
    private Outbox outbox;
    private CampaignSendRules rules;
    private long campaign;
    private long assignment;
    private long done;
    private long pending;
    private long snoozed;

    @BeforeEach
    void setUp() {
        var dataSource = database.dataSource();
        jdbc = JdbcClient.create(dataSource);
        outbox = new Outbox(jdbc, new NamedParameterJdbcTemplate(dataSource));
        long unit = new UnitRepository(jdbc).create(null, UnitLevel.PROVINCE, "Tỉnh").id();
        var members = new MemberRepository(jdbc);
        done = members.create(unit, "Đã xong").id();
        pending = members.create(unit, "Chưa xong").id();
        snoozed = members.create(unit, "Hẹn lại").id();
        long document = new DocumentRepository(jdbc).save(new NewDocument("NQ", "7", "TW", LocalDate.of(2020, 1, 1), "T", null)).id();
        // Quiet hours 00:00-00:00: always allowed, so the verdicts never depend on the hour the test runs.
        campaign = jdbc.sql("""
                INSERT INTO campaigns (name, starts_at, deadline, quiet_start, quiet_end)
                VALUES ('Đợt 1', now() - interval '1 day', now() + interval '7 days', '00:00', '00:00') RETURNING id""")
                .query(Long.class).single();
        assignment = jdbc.sql("""
                INSERT INTO assignments (document_id, unit_id, deadline, campaign_id) VALUES (:d, :u, now() + interval '7 days', :c)
                RETURNING id""").param("d", document).param("u", unit).param("c", campaign).query(Long.class).single();
        jdbc.sql("INSERT INTO confirmations (member_id, assignment_id) VALUES (:m, :a)").param("m", done).param("a", assignment).update();
        jdbc.sql("INSERT INTO campaign_snoozes VALUES (:c, :m, now() + interval '1 day')").param("c", campaign).param("m", snoozed).update();
        Clock clock = Clock.systemUTC();
        rules = new CampaignSendRules(jdbc, new SendingWindows(new CampaignRepository(jdbc), ZoneId.of("Asia/Ho_Chi_Minh"), clock));
    }

    @Test
    void reminderToAMemberWhoFinishedIsSkippedAndASnoozedOneWaits() {
        outbox.enqueue(campaign, "announce", recipients(done, pending, snoozed), Instant.now().minusSeconds(60), false);
        jdbc.sql("UPDATE outbox SET status = 'SENT' WHERE step = 'announce'").update();
        outbox.enqueue(campaign, "remind-P1D", recipients(done, pending, snoozed), Instant.now(), false);
        Map<Long, SendRules.Verdict> v = check("remind-P1D");
        assertThat(v.get(done)).isInstanceOf(SendRules.Skip.class);
        assertThat(v.get(pending)).isInstanceOf(SendRules.Send.class);
        assertThat(v.get(snoozed)).isInstanceOfSatisfying(SendRules.Defer.class,
                d -> assertThat(d.until()).isAfter(Instant.now().plusSeconds(3600)));
    }

    @Test
    void nothingOfTheCampaignOvertakesTheMembersAnnouncement() {
        outbox.enqueue(campaign, "announce", recipients(pending), Instant.now(), false);
        outbox.enqueue(campaign, "push-1-2026-11-28-1", recipients(pending), Instant.now(), false);
        assertThat(check("push-1-2026-11-28-1").get(pending)).isInstanceOf(SendRules.Defer.class);
        jdbc.sql("UPDATE outbox SET status = 'SENT' WHERE step = 'announce'").update();
        assertThat(check("push-1-2026-11-28-1").get(pending)).isInstanceOf(SendRules.Send.class);
    }

    @Test
    void cancelledCampaignOrAMemberWhoLeftGetsNothing() {
        outbox.enqueue(campaign, "announce", recipients(pending, snoozed), Instant.now(), false);
        jdbc.sql("UPDATE members SET status = 'LEFT' WHERE id = :m").param("m", snoozed).update();
        assertThat(check("announce").get(snoozed)).isInstanceOf(SendRules.Skip.class);
        assertThat(check("announce").get(pending)).isInstanceOf(SendRules.Send.class);
        jdbc.sql("UPDATE campaigns SET status = 'CANCELLED'").update();
        assertThat(check("announce").get(pending)).isInstanceOfSatisfying(SendRules.Skip.class,
                s -> assertThat(s.reason()).contains("cancelled"));
    }

    @Test
    void aConvocationTheQuietHoursWouldHoldPastTheConferencesStartGoesNow() {
        // Quiet hours from an hour ago to three hours from now, in Vietnam (wrapping midnight when they must).
        java.time.LocalTime vn = java.time.LocalTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).withSecond(0).withNano(0);
        jdbc.sql("UPDATE campaigns SET quiet_start = :s, quiet_end = :e").param("s", vn.minusHours(1)).param("e", vn.plusHours(3)).update();
        long tonight = conference(Duration.ofHours(1));
        long tomorrow = conference(Duration.ofHours(6));
        outbox.enqueue(campaign, "conf" + tonight + "-invite", recipients(pending), Instant.now(), false);
        outbox.enqueue(campaign, "conf" + tomorrow + "-invite", recipients(pending), Instant.now(), false);
        outbox.enqueue(campaign, "announce", recipients(pending), Instant.now(), false);
        assertThat(check("conf" + tonight + "-invite").get(pending)).as("held past its start: sent now").isInstanceOf(SendRules.Send.class);
        assertThat(check("conf" + tomorrow + "-invite").get(pending)).as("morning comes before it starts").isInstanceOf(SendRules.Defer.class);
        assertThat(check("announce").get(pending)).isInstanceOf(SendRules.Defer.class);

        // Ended early (or cancelled): what still waits is dropped, whatever the hour.
        jdbc.sql("UPDATE conferences SET status = 'ENDED' WHERE id = :c").param("c", tomorrow).update();
        assertThat(check("conf" + tomorrow + "-invite").get(pending)).isInstanceOf(SendRules.Skip.class);
    }

    private long conference(Duration startsIn) {
        return jdbc.sql("""
                INSERT INTO conferences (campaign_id, name, starts_at, ends_at) VALUES (:c, 'Hội nghị', now() + CAST(:in AS interval),
                       now() + CAST(:in AS interval) + interval '2 hours') RETURNING id""")
                .param("c", campaign).param("in", startsIn.toSeconds() + " seconds").query(Long.class).single();
    }

    /** Verdicts for this step's rows, by member. */
    private Map<Long, SendRules.Verdict> check(String step) {
        List<OutboxItem> items = jdbc.sql("""
                SELECT id, campaign_id, step, member_id, chat_id, body, keyboard, paid_broadcast, attempts FROM outbox WHERE step = :s""")
                .param("s", step).query((rs, n) -> new OutboxItem(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5), rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getInt(9))).list();
        Map<Long, SendRules.Verdict> byId = rules.check(items, Instant.now());
        return items.stream().collect(java.util.stream.Collectors.toMap(OutboxItem::memberId, i -> byId.get(i.id())));
    }

    private static List<Recipient> recipients(long... memberIds) {
        return java.util.Arrays.stream(memberIds).mapToObj(m -> new Recipient(m, 1000 + m, "Tin nhắn", null)).toList();
    }
}

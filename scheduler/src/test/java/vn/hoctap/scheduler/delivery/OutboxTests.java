package vn.hoctap.scheduler.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.content.document.NewDocument;
import vn.hoctap.content.testing.TestDatabase;
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.unit.UnitLevel;
import vn.hoctap.scheduler.unit.UnitRepository;

/** The outbox against real PostgreSQL: once per step and member, exclusive claims, leases that expire safely. */
class OutboxTests {

    private final TestDatabase database = TestDatabase.perTest();

    private JdbcClient jdbc;
    private Outbox outbox;
    private long campaign;
    private List<Recipient> recipients;

    @BeforeEach
    void setUp() {
        var dataSource = database.dataSource();
        jdbc = JdbcClient.create(dataSource);
        outbox = new Outbox(jdbc, new NamedParameterJdbcTemplate(dataSource));
        long unit = new UnitRepository(jdbc).create(null, UnitLevel.PROVINCE, "Tỉnh").id();
        var members = new MemberRepository(jdbc);
        recipients = List.of(new Recipient(members.create(unit, "A").id(), 101, "Nhắc", null),
                new Recipient(members.create(unit, "B").id(), 102, "Nhắc", null),
                new Recipient(members.create(unit, "C").id(), 103, "Nhắc", null));
        new DocumentRepository(jdbc).save(new NewDocument("NQ", "1", "TW", LocalDate.of(2020, 1, 1), "T", null));
        campaign = jdbc.sql("""
                INSERT INTO campaigns (name, starts_at, deadline) VALUES ('Đợt 1', now(), now() + interval '7 days') RETURNING id""")
                .query(Long.class).single();
    }

    @Test
    void queuingTheSameStepTwiceQueuesEachMemberOnce() {
        assertThat(outbox.enqueue(campaign, "remind", recipients, Instant.now(), false)).isEqualTo(3);
        assertThat(outbox.enqueue(campaign, "remind", recipients, Instant.now(), false)).isZero();
        assertThat(outbox.enqueue(campaign, "announce", recipients.subList(0, 1), Instant.now(), false)).isEqualTo(1);
    }

    @Test
    void aDueRetryIsClaimedBeforeTheBacklogQueuedEarlier() {
        Instant t0 = Instant.now().minusSeconds(60);
        outbox.enqueue(campaign, "remind", recipients, t0, false);
        OutboxItem first = outbox.claim("w", 1, t0.plusSeconds(1)).get(0);
        outbox.retryLater(first.id(), t0.plusSeconds(30), "503", true);
        // Due now: the retry goes ahead of the two rows that were queued before it (not behind the whole queue).
        assertThat(outbox.claim("w", 1, t0.plusSeconds(31))).extracting(OutboxItem::id).containsExactly(first.id());
    }

    @Test
    void twoWorkersNeverClaimTheSameRow() {
        outbox.enqueue(campaign, "remind", recipients, Instant.now(), false);
        var a = outbox.claim("a", 2, Instant.now());
        var b = outbox.claim("b", 2, Instant.now());
        assertThat(a).hasSize(2);
        assertThat(b).hasSize(1).noneMatch(item -> a.stream().anyMatch(x -> x.id() == item.id()));
    }

    @Test
    void anExpiredLeaseIsTakenOverAndTheOldOwnerMayNoLongerSend() {
        outbox.enqueue(campaign, "remind", recipients.subList(0, 1), Instant.now(), false);
        Instant t0 = Instant.now();
        OutboxItem item = outbox.claim("old", 10, t0).get(0);
        assertThat(outbox.renewClaims(List.of(item.id()), "old", t0.plusSeconds(1)).contains(item.id())).isTrue();
        assertThat(outbox.releaseExpiredLeases(t0.plusSeconds(30), Duration.ofSeconds(60))).isZero();
        assertThat(outbox.releaseExpiredLeases(t0.plusSeconds(120), Duration.ofSeconds(60))).isEqualTo(1);
        assertThat(outbox.claim("new", 10, t0.plusSeconds(121))).extracting(OutboxItem::id).containsExactly(item.id());
        assertThat(outbox.renewClaims(List.of(item.id()), "old", t0.plusSeconds(122)).contains(item.id())).isFalse();
        assertThat(outbox.renewClaims(List.of(item.id()), "new", t0.plusSeconds(122)).contains(item.id())).isTrue();
    }

    @Test
    void aChunkOfSendsIsRecordedInOneStatementWithEachMessageId() {
        outbox.enqueue(campaign, "remind", recipients, Instant.now(), false);
        List<OutboxItem> claimed = outbox.claim("w", 3, Instant.now());
        outbox.markSent(new long[] {claimed.get(0).id(), claimed.get(2).id()}, new int[] {71, 73}, Instant.now());
        outbox.retryLater(List.of(claimed.get(1).id()), Instant.now().plusSeconds(600));

        assertThat(jdbc.sql("SELECT status || ':' || coalesce(telegram_message_id, 0) || ':' || attempts FROM outbox ORDER BY id")
                .query(String.class).list()).containsExactly("SENT:71:1", "PENDING:0:0", "SENT:73:1");
        assertThat(outbox.claim("w", 3, Instant.now())).as("the returned row is due in ten minutes").isEmpty();
    }

    @Test
    void aGracefulStopGivesUnsentClaimsBack() {
        outbox.enqueue(campaign, "remind", recipients, Instant.now(), false);
        outbox.claim("stopping", 3, Instant.now());
        assertThat(outbox.releaseClaimsOf("stopping")).isEqualTo(3);
        assertThat(outbox.claim("next", 3, Instant.now())).hasSize(3);
    }

    @Test
    void snoozeDelaysQueuedCopiesAndCancelStopsThem() {
        outbox.enqueue(campaign, "remind", recipients, Instant.now(), false);
        Instant later = Instant.now().plus(Duration.ofHours(5));
        assertThat(outbox.delayMember(campaign, recipients.get(0).memberId(), later)).isEqualTo(1);
        assertThat(outbox.claim("w", 10, Instant.now())).hasSize(2);
        assertThat(outbox.cancelPending(campaign)).isEqualTo(1);
        assertThat(outbox.claim("w", 10, later.plusSeconds(1))).isEmpty();
    }
}

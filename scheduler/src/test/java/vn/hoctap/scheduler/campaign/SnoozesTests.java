package vn.hoctap.scheduler.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.hoctap.content.testing.TestDatabase;
import vn.hoctap.scheduler.delivery.Recipient;

/**
 * "Nhắc tôi sau" against real PostgreSQL: the snooze is stored for the campaign and member, only that
 * member's still-pending reminders of that campaign move (never earlier than they were; convocations,
 * forms and digests stay on time), and snoozing again moves the one snooze instead of adding another.
 */
class SnoozesTests {

    private final TestDatabase database = TestDatabase.perTest();

    private static final Instant NOW = CampaignWorld.NOW;
    private static final Duration LENGTH = Duration.ofDays(1);

    private CampaignWorld world;
    private long campaign;
    private long otherCampaign;
    private long sleepy;
    private long awake;

    @BeforeEach
    void setUp() {
        world = new CampaignWorld(database.dataSource());
        sleepy = world.linked(world.cellA, "Ngủ Muộn");
        awake = world.linked(world.cellA, "Dậy Sớm");
        campaign = world.campaign(List.of(world.document1), List.of(world.province)).id();
        otherCampaign = world.campaign(List.of(world.document2), List.of(world.province)).id();
    }

    private Snoozes at(Instant now) {
        return new Snoozes(world.jdbc, world.outbox, CampaignWorld.clockAt(now), new CampaignProperties(LENGTH, 2));
    }

    @Test
    void aSnoozeHoldsOnlyThatMembersPendingMessagesOfThatCampaign() {
        world.outbox.enqueue(campaign, "announce", recipients(sleepy, awake), NOW.minusSeconds(60), false);
        world.jdbc.sql("UPDATE outbox SET status = 'SENT' WHERE step = 'announce'").update();
        world.outbox.enqueue(campaign, "remind-P3D", recipients(sleepy, awake), NOW, false);
        world.outbox.enqueue(otherCampaign, "remind-P3D", recipients(sleepy), NOW, false);

        assertThat(at(NOW).snooze(campaign, sleepy)).isEqualTo(NOW.plus(LENGTH));

        assertThat(until(campaign, sleepy)).isEqualTo(NOW.plus(LENGTH));
        assertThat(notBefore(campaign, "remind-P3D", sleepy)).isEqualTo(NOW.plus(LENGTH));
        assertThat(notBefore(campaign, "remind-P3D", awake)).isEqualTo(NOW);
        assertThat(notBefore(otherCampaign, "remind-P3D", sleepy)).isEqualTo(NOW);
        assertThat(notBefore(campaign, "announce", sleepy)).isEqualTo(NOW.minusSeconds(60));
        assertThat(world.count("SELECT count(*) FROM campaign_snoozes")).isEqualTo(1);
    }

    @Test
    void aMessageDueAfterTheSnoozeKeepsItsLaterTime() {
        Instant later = NOW.plus(Duration.ofDays(3));
        world.outbox.enqueue(campaign, "remind-P1D", recipients(sleepy), later, false);
        at(NOW).snooze(campaign, sleepy);
        assertThat(notBefore(campaign, "remind-P1D", sleepy)).isEqualTo(later);
    }

    @Test
    void snoozingAgainMovesTheSnoozeAndTheMessagesInsteadOfAddingASecond() {
        world.outbox.enqueue(campaign, "remind-P3D", recipients(sleepy), NOW, false);
        at(NOW).snooze(campaign, sleepy);
        Instant again = NOW.plus(Duration.ofHours(20));
        assertThat(at(again).snooze(campaign, sleepy)).isEqualTo(again.plus(LENGTH));

        assertThat(world.count("SELECT count(*) FROM campaign_snoozes")).isEqualTo(1);
        assertThat(until(campaign, sleepy)).isEqualTo(again.plus(LENGTH));
        assertThat(notBefore(campaign, "remind-P3D", sleepy)).isEqualTo(again.plus(LENGTH));
    }

    @Test
    void aSnoozeHoldsRemindersButNotAConvocationAFormOrADigest() {
        world.outbox.enqueue(campaign, "conf1-invite", recipients(sleepy), NOW, false);
        at(NOW).snooze(campaign, sleepy);
        world.outbox.enqueue(campaign, "remind-P1D", recipients(sleepy), NOW, false);
        world.outbox.enqueue(campaign, "push-" + sleepy, recipients(sleepy), NOW, false);
        world.outbox.enqueue(campaign, "form7", recipients(sleepy), NOW, false);
        world.outbox.enqueue(campaign, "digest-2026-03-02-1", recipients(sleepy), NOW, false);

        assertThat(notBefore(campaign, "conf1-invite", sleepy)).isEqualTo(NOW);
        assertThat(notBefore(campaign, "remind-P1D", sleepy)).isEqualTo(NOW.plus(LENGTH));
        assertThat(notBefore(campaign, "push-" + sleepy, sleepy)).isEqualTo(NOW.plus(LENGTH));
        assertThat(notBefore(campaign, "form7", sleepy)).isEqualTo(NOW);
        assertThat(notBefore(campaign, "digest-2026-03-02-1", sleepy)).isEqualTo(NOW);
    }

    @Test
    void aSnoozeBeforeAnythingIsQueuedIsStillRemembered() {
        at(NOW).snooze(campaign, awake);
        assertThat(until(campaign, awake)).isEqualTo(NOW.plus(LENGTH));
        assertThat(world.count("SELECT count(*) FROM outbox")).isZero();
    }

    private Instant until(long campaignId, long member) {
        return world.jdbc.sql("SELECT until FROM campaign_snoozes WHERE campaign_id = :c AND member_id = :m")
                .param("c", campaignId).param("m", member).query(Timestamp.class).single().toInstant();
    }

    private Instant notBefore(long campaignId, String step, long member) {
        return world.jdbc.sql("SELECT not_before FROM outbox WHERE campaign_id = :c AND step = :s AND member_id = :m")
                .param("c", campaignId).param("s", step).param("m", member).query(Timestamp.class).single().toInstant();
    }

    private static List<Recipient> recipients(long... members) {
        return java.util.Arrays.stream(members).mapToObj(m -> new Recipient(m, 1000 + m, "Nhắc", null)).toList();
    }
}

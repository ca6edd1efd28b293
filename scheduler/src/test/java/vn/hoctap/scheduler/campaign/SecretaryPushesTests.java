package vn.hoctap.scheduler.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.hoctap.content.testing.TestDatabase;
import vn.hoctap.scheduler.unit.OutOfScopeException;

/**
 * A secretary's /nhacnho against real PostgreSQL: scoped to the secretary's own (lowest, open) unit;
 * the preview counts who a push reaches; a push queues one reminder per reachable member not done,
 * a second tap within a minute queues nothing, the daily cap holds until the next day in Vietnam;
 * a one-member push is once per member and day, only for a reachable member still to finish.
 */
class SecretaryPushesTests {

    private final TestDatabase database = TestDatabase.perTest();

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    /**
     * 10:00 in Vietnam on the world's day: "today" and "once per day" are Vietnam days, and a test
     * run at 23:30 there would otherwise see its "an hour later" fall on the next day.
     */
    private static final Instant NOW = CampaignWorld.NOW.atZone(VN).toLocalDate().atTime(10, 0).atZone(VN).toInstant();
    private static final int DAILY_CAP = 2;

    private CampaignWorld world;
    private long secretary;
    private long first;
    private long second;
    private long unlinked;
    private long done;
    private long otherCell;
    private long campaign;

    @BeforeEach
    void setUp() {
        world = new CampaignWorld(database.dataSource());
        secretary = world.linked(world.cellA, "Bí Thư Đông");
        world.role(world.cellA, secretary, "SECRETARY");
        first = world.linked(world.cellA, "Thứ Nhất");
        second = world.linked(world.cellA, "Thứ Hai");
        unlinked = world.members.create(world.cellA, "Chưa Liên Kết").id();
        done = world.linked(world.cellA, "Đã Xong");
        otherCell = world.linked(world.cellB, "Thôn Tây");
        campaign = world.campaign(List.of(world.document1), List.of(world.province)).id();
        world.confirm(secretary, campaign, world.document1);
        world.confirm(done, campaign, world.document1);
    }

    private SecretaryPushes at(Instant now) {
        Clock clock = CampaignWorld.clockAt(now);
        return new SecretaryPushes(world.jdbc, new CellStatus(world.jdbc, world.repository, clock), world.campaigns(clock),
                new CampaignTargets(world.jdbc), CampaignWorld.texts(), world.outbox, new SendingWindows(world.repository, VN, clock),
                clock, new CampaignProperties(java.time.Duration.ofDays(1), DAILY_CAP));
    }

    @Test
    void thePreviewCoversTheSecretarysUnitAndCountsWhoAPushReaches() {
        SecretaryPushes.Preview p = at(NOW).preview(secretary, campaign).orElseThrow();
        assertThat(p.unitId()).isEqualTo(world.cellA);
        assertThat(p.unitName()).isEqualTo("Chi bộ thôn Đông");
        assertThat(p.notDone()).extracting(CampaignTexts.Learner::memberId).containsExactlyInAnyOrder(first, second);
        assertThat(p.everyone()).extracting(CellStatus.MemberState::memberId).containsExactlyInAnyOrder(first, second, unlinked);
        assertThat(p.pushesLeftToday()).isEqualTo(DAILY_CAP);
    }

    @Test
    void aMemberWithoutARoleOrACampaignOutsideTheUnitGetsNoPreviewAndNoPush() {
        long elsewhere = world.campaign(List.of(world.document2), List.of(world.cellB)).id();
        assertThat(at(NOW).preview(first, campaign)).isEmpty();
        assertThat(at(NOW).preview(secretary, elsewhere)).isEmpty();
        assertThat(at(NOW).campaignsFor(secretary)).extracting(Campaign::id).containsExactly(campaign);
        assertThatThrownBy(() -> at(NOW).push(secretary, elsewhere, "Bí thư")).isInstanceOf(OutOfScopeException.class);
        assertThat(world.count("SELECT count(*) FROM outbox") + world.count("SELECT count(*) FROM secretary_pushes")).isZero();
    }

    @Test
    void aPushQueuesOneReminderPerReachableMemberNotDoneAndIsRecorded() {
        SecretaryPushes.PushResult result = at(NOW).push(secretary, campaign, "Bí thư");
        assertThat(result).isEqualTo(new SecretaryPushes.PushResult(2, false));
        String step = "push-" + secretary + "-" + NOW.atZone(VN).toLocalDate() + "-1";
        assertThat(world.jdbc.sql("SELECT member_id FROM outbox WHERE campaign_id = :c AND step = :s").param("c", campaign)
                .param("s", step).query(Long.class).list()).containsExactlyInAnyOrder(first, second);
        assertThat(world.jdbc.sql("SELECT body FROM outbox WHERE member_id = :m").param("m", first).query(String.class).single())
                .isEqualTo("secretaryPush:" + first);
        assertThat(world.jdbc.sql("SELECT unit_id FROM secretary_pushes WHERE recipients = 2").query(Long.class).single())
                .isEqualTo(world.cellA);
        assertThat(world.count("SELECT count(*) FROM outbox WHERE member_id IN (" + otherCell + ", " + unlinked + ", " + done + ")")).isZero();
    }

    @Test
    void aSecondTapWithinAMinuteQueuesNothingAndALaterOneQueuesAgain() {
        at(NOW).push(secretary, campaign, "Bí thư");
        assertThat(at(NOW.plusSeconds(59)).push(secretary, campaign, "Bí thư")).isEqualTo(new SecretaryPushes.PushResult(0, true));
        assertThat(world.count("SELECT count(*) FROM secretary_pushes")).isEqualTo(1);
        assertThat(world.count("SELECT count(*) FROM outbox")).isEqualTo(2);

        assertThat(at(NOW.plusSeconds(61)).push(secretary, campaign, "Bí thư").queued()).isEqualTo(2);
        assertThat(world.count("SELECT count(*) FROM secretary_pushes")).isEqualTo(2);
        assertThat(world.count("SELECT count(*) FROM outbox")).isEqualTo(4);
    }

    @Test
    void theDailyCapHoldsUntilTheNextDay() {
        at(NOW).push(secretary, campaign, "Bí thư");
        at(NOW.plus(Duration.ofMinutes(2))).push(secretary, campaign, "Bí thư");
        Instant third = NOW.plus(Duration.ofMinutes(4));
        assertThat(at(third).preview(secretary, campaign).orElseThrow().pushesLeftToday()).isZero();
        assertThatThrownBy(() -> at(third).push(secretary, campaign, "Bí thư")).isInstanceOf(IllegalStateException.class);
        assertThat(world.count("SELECT count(*) FROM secretary_pushes")).isEqualTo(DAILY_CAP);

        Instant tomorrow = NOW.plus(Duration.ofDays(1));
        assertThat(at(tomorrow).preview(secretary, campaign).orElseThrow().pushesLeftToday()).isEqualTo(DAILY_CAP);
        assertThat(at(tomorrow).push(secretary, campaign, "Bí thư").queued()).isEqualTo(2);
    }

    @Test
    void aOneMemberPushIsOncePerDayAndDoesNotUseTheUnitsPushes() {
        assertThat(at(NOW).pushOne(secretary, campaign, first, "Bí thư")).isEqualTo(1);
        assertThat(at(NOW.plus(Duration.ofHours(1))).pushOne(secretary, campaign, first, "Bí thư")).isZero();
        assertThat(world.count("SELECT count(*) FROM outbox WHERE member_id = " + first)).isEqualTo(1);
        assertThat(at(NOW).preview(secretary, campaign).orElseThrow().pushesLeftToday()).isEqualTo(DAILY_CAP);
        assertThat(at(NOW.plus(Duration.ofDays(1))).pushOne(secretary, campaign, first, "Bí thư")).isEqualTo(1);
    }

    @Test
    void eachMembersStandingSaysHowManyOfTheCampaignsDocumentsTheyHaveStudied() {
        long two = world.campaign(List.of(world.document1, world.document2), List.of(world.province)).id();
        world.confirm(first, two, world.document1);
        var states = new CellStatus(world.jdbc, world.repository, CampaignWorld.clockAt(NOW)).of(two, world.cellA);
        CellStatus.MemberState halfway = states.stream().filter(s -> s.memberId() == first).findFirst().orElseThrow();
        assertThat(halfway.done()).isFalse();
        assertThat(List.of(halfway.confirmed(), halfway.assigned())).containsExactly(1, 2);
        assertThat(states.stream().filter(s -> s.memberId() == second).findFirst().orElseThrow().confirmed()).isZero();
    }

    @Test
    void aMemberTheUnitsReminderReachedTodayIsNotRemindedAloneTheSameDay() {
        assertThat(at(NOW).push(secretary, campaign, "Bí thư").queued()).isEqualTo(2);
        assertThat(at(NOW.plusSeconds(30)).pushOne(secretary, campaign, first, "Bí thư")).isZero();
        assertThat(world.count("SELECT count(*) FROM outbox WHERE member_id = " + first)).isEqualTo(1);
        assertThat(at(NOW.plus(Duration.ofDays(1))).pushOne(secretary, campaign, first, "Bí thư")).isEqualTo(1);
    }

    @Test
    void aOneMemberPushIsRefusedForMembersOutsideTheUnitDoneOrUnreachable() {
        for (long member : List.of(otherCell, done, unlinked)) {
            assertThatThrownBy(() -> at(NOW).pushOne(secretary, campaign, member, "Bí thư")).isInstanceOf(OutOfScopeException.class);
        }
        assertThat(world.count("SELECT count(*) FROM outbox")).isZero();
    }

    @Test
    void theSecretaryActsForTheirLowestOpenUnit() {
        world.role(world.commune, secretary, "SECRETARY");
        assertThat(at(NOW).unitOf(secretary)).contains(world.cellA);
        world.jdbc.sql("UPDATE units SET closed_at = now() WHERE id = :u").param("u", world.cellA).update();
        assertThat(at(NOW).unitOf(secretary)).contains(world.commune);
        assertThat(at(NOW).unitOf(first)).isEmpty();
    }

    @Test
    void aSecretaryNotDoneIsCountedButNeverRemindsThemself() {
        world.jdbc.sql("DELETE FROM confirmations WHERE member_id = :m").param("m", secretary).update();
        SecretaryPushes.Preview p = at(NOW).preview(secretary, campaign).orElseThrow();
        assertThat(p.everyone()).extracting(CellStatus.MemberState::memberId).contains(secretary);
        assertThat(p.notDone()).extracting(CampaignTexts.Learner::memberId).containsExactlyInAnyOrder(first, second);
        assertThat(at(NOW).push(secretary, campaign, "Bí thư").queued()).isEqualTo(2);
        assertThatThrownBy(() -> at(NOW).pushOne(secretary, campaign, secretary, "Bí thư")).isInstanceOf(OutOfScopeException.class);
        assertThat(world.count("SELECT count(*) FROM outbox WHERE member_id = " + secretary)).isZero();
    }
}

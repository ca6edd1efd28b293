package vn.hoctap.scheduler.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import vn.hoctap.scheduler.unit.Unit;
import vn.hoctap.content.testing.TestDatabase;

/** The dashboard's campaign figures on {@link DashboardTree}, whose numbers are counted by hand there. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignDashboardTests {

    private final TestDatabase database = TestDatabase.perClass();

    private DashboardTree tree;
    private CampaignDashboard dashboard;

    @BeforeAll
    void buildTree() {
        tree = new DashboardTree(database.dataSource());
        dashboard = new CampaignDashboard(tree.jdbc, tree.units, Clock.fixed(DashboardTree.NOW, ZoneId.of("UTC")),
                ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    @Test
    void provinceTotalCountsBlockedAndUnlinkedAsUnreachableAndNeverLeftMembers() {
        UnitProgress total = dashboard.progress(tree.province, tree.main).total();
        assertThat(total.members()).isEqualTo(7);
        assertThat(total.studied()).isEqualTo(4); // m1, m3, m6, m7; m2 confirmed 1 of 2
        assertThat(total.quizPassed()).isEqualTo(1); // m1; m6 failed the second quiz
        assertThat(total.reflections()).isEqualTo(1); // m1; m6 has no plan for the second
        assertThat(total.unreachable()).isEqualTo(2); // m3 BLOCKED, m5 unlinked
        assertThat(total.percent()).isEqualTo(57.1);
    }

    @Test
    void childrenInVietnameseOrderWithTheEmptyDistrictPresent() {
        CampaignProgress progress = dashboard.progress(tree.province, tree.main);
        assertThat(progress.children()).extracting(p -> p.unit().name()).containsExactly("Dương Minh", "Đông Hà", "Em");
        assertThat(progress.children()).extracting(UnitProgress::members, UnitProgress::studied, UnitProgress::unreachable)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5L, 3L, 2L), org.assertj.core.groups.Tuple.tuple(2L, 1L, 0L),
                        org.assertj.core.groups.Tuple.tuple(0L, 0L, 0L));
        assertThat(progress.children().get(2).percent()).isZero();
        assertThat(progress.campaignName()).isEqualTo("Đợt chính");
    }

    @Test
    void districtExcludesTheSiblingDistrictsMembers() {
        UnitProgress total = dashboard.progress(tree.duongMinh, tree.main).total();
        assertThat(total.members()).isEqualTo(5);
        assertThat(total.studied()).isEqualTo(3);
        assertThat(total.percent()).isEqualTo(60.0);
    }

    @Test
    void everyDayFromStartToTodayInLocalTimeWithZeroDays() {
        List<DailyCount> days = dashboard.progress(tree.province, tree.main).confirmationsByDay();
        assertThat(days).containsExactly(
                new DailyCount(LocalDate.of(2026, 3, 7), 2, 2), // m3 and m6 (23:59 local, 16:59 UTC)
                new DailyCount(LocalDate.of(2026, 3, 8), 1, 3), // m7
                new DailyCount(LocalDate.of(2026, 3, 9), 1, 4), // m1, whose first confirmation was on the 7th
                new DailyCount(LocalDate.of(2026, 3, 10), 0, 4));
    }

    @Test
    void onlyAssignmentsThatApplyToAMemberAreRequired() {
        CampaignProgress progress = dashboard.progress(tree.province, tree.mixed);
        assertThat(progress.total().members()).isEqualTo(7);
        assertThat(progress.total().studied()).isEqualTo(1); // m7 needs only document 1, for the province
        assertThat(progress.children()).extracting(UnitProgress::studied).containsExactly(0L, 1L, 0L);
    }

    @Test
    void aMemberWhoMovedIsJudgedOnTheAssignmentsOfTheirNewUnit() {
        long other = tree.units.create(tree.province, vn.hoctap.scheduler.unit.UnitLevel.DISTRICT, "Khác").id();
        long moved = tree.jdbc.sql("INSERT INTO members (unit_id, full_name, telegram_user_id) VALUES (:u, 'Mai Lan', 777) RETURNING id")
                .param("u", tree.c1).query(Long.class).single();
        long onlyOther = tree.assignment(tree.district, tree.doc2, other);
        tree.confirm(moved, onlyOther, "2026-03-09T03:00:00Z");
        try {
            // In C1 the district campaign asks nothing of her; her confirmation for "Khác" must not make Đông Hà's figures move.
            assertThat(dashboard.progress(tree.province, tree.district).total().studied()).isZero();
            tree.jdbc.sql("UPDATE members SET unit_id = :u WHERE id = :m").param("u", other).param("m", moved).update();
            assertThat(dashboard.progress(tree.province, tree.district).total().studied()).isEqualTo(1);
            // Moved on to Đông Hà, she owes its document 1: one confirmation (of another assignment) is not enough.
            tree.jdbc.sql("UPDATE members SET unit_id = :u WHERE id = :m").param("u", tree.c2).param("m", moved).update();
            UnitProgress dongHa = dashboard.progress(tree.province, tree.district).total();
            assertThat(dongHa.members()).isEqualTo(3);
            assertThat(dongHa.studied()).isZero();
        } finally {
            tree.jdbc.sql("DELETE FROM confirmations WHERE member_id = :m").param("m", moved).update();
            tree.jdbc.sql("DELETE FROM members WHERE id = :m").param("m", moved).update();
            tree.jdbc.sql("DELETE FROM assignments WHERE id = :a").param("a", onlyOther).update();
            tree.jdbc.sql("DELETE FROM units WHERE id = :u").param("u", other).update();
        }
    }

    @Test
    void campaignsNewestFirstWithoutCancelledOrUnrelatedOnes() {
        assertThat(dashboard.campaigns(tree.province)).extracting(CampaignSummary::name)
                .containsExactly("Đợt huyện", "Đợt chính", "Đợt hỗn hợp");
        // "Đợt huyện" is for Đông Hà only; the audience above Dương Minh (the province) still counts.
        assertThat(dashboard.campaigns(tree.duongMinh)).extracting(CampaignSummary::name).containsExactly("Đợt chính", "Đợt hỗn hợp");
        assertThat(dashboard.campaigns(tree.c2)).extracting(CampaignSummary::name)
                .containsExactly("Đợt huyện", "Đợt chính", "Đợt hỗn hợp");
        assertThat(dashboard.choices(tree.duongMinh)).extracting(CampaignChoice::name).containsExactly("Đợt chính", "Đợt hỗn hợp");
    }

    @Test
    void campaignSummaryHasSubtreeFiguresAndTheLastSevenDays() {
        CampaignSummary main = dashboard.campaigns(tree.province).stream().filter(c -> c.campaignId() == tree.main).findFirst().orElseThrow();
        assertThat(main.status()).isEqualTo("ACTIVE");
        assertThat(main.members()).isEqualTo(7);
        assertThat(main.studied()).isEqualTo(4);
        assertThat(main.percent()).isEqualTo(57.1);
        assertThat(main.lastSevenDays()).hasSize(7);
        assertThat(main.lastSevenDays().get(0).day()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(main.lastSevenDays()).extracting(DailyCount::confirmations).containsExactly(0L, 0L, 0L, 2L, 1L, 1L, 0L);
        assertThat(main.lastSevenDays()).extracting(DailyCount::cumulative).containsExactly(0L, 0L, 0L, 2L, 3L, 4L, 4L);
        CampaignSummary inC2 = dashboard.campaigns(tree.c2).stream().filter(c -> c.campaignId() == tree.main).findFirst().orElseThrow();
        assertThat(inC2.members()).isEqualTo(2);
        assertThat(inC2.studied()).isEqualTo(1);
    }

    @Test
    void unknownUnitOrCampaignIsNoSuchElement() {
        assertThatThrownBy(() -> dashboard.progress(999_999, tree.main)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> dashboard.progress(tree.province, 999_999)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> dashboard.campaigns(999_999)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void percentHasOneDecimalAndIsZeroWithoutMembers() {
        Unit u = new Unit(1, null, vn.hoctap.scheduler.unit.UnitLevel.CELL, "x", "/1/", 0);
        assertThat(new UnitProgress(u, 3, 2, 0, 0, 0).percent()).isEqualTo(66.7);
        assertThat(new UnitProgress(u, 0, 0, 0, 0, 0).percent()).isZero();
    }
}

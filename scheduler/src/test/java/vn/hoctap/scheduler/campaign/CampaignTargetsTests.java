package vn.hoctap.scheduler.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.hoctap.content.testing.TestDatabase;
import vn.hoctap.scheduler.member.MemberStatus;
import vn.hoctap.scheduler.unit.UnitLevel;

/**
 * Who campaign messages go to, against real PostgreSQL: a member is done only when every assignment
 * that applies to them is confirmed; only linked, active members are targeted; assignments and a
 * secretary's view stop at the subtree (not at a unit whose id merely starts the same); the per-cell
 * figures count everyone but those who left.
 */
class CampaignTargetsTests {

    private final TestDatabase database = TestDatabase.perTest();

    private CampaignWorld world;
    private CampaignTargets targets;

    @BeforeEach
    void setUp() {
        world = new CampaignWorld(database.dataSource());
        targets = new CampaignTargets(world.jdbc);
    }

    @Test
    void aMemberIsDoneOnlyWhenEveryDocumentIsConfirmedAndPendingListsWhatIsLeft() {
        long done = world.linked(world.cellA, "Xong Cả Hai");
        long half = world.linked(world.cellA, "Xong Một");
        long none = world.linked(world.cellB, "Chưa Học");
        long c = world.campaign(List.of(world.document1, world.document2), List.of(world.province)).id();
        world.confirm(done, c, world.document1);
        world.confirm(done, c, world.document2);
        world.confirm(half, c, world.document1);

        List<CampaignTargets.Pending> pending = targets.notDone(c);
        assertThat(pending).extracting(p -> p.learner().memberId()).containsExactly(half, none);
        assertThat(pending.get(0).learner().pendingDocuments()).containsExactly("22-NQ/TW");
        assertThat(pending.get(1).learner().pendingDocuments()).containsExactlyInAnyOrder("21-NQ/TW", "22-NQ/TW");
        assertThat(pending.get(0).learner().chatId()).isEqualTo(1000 + half);
        assertThat(pending).extracting(CampaignTargets.Pending::unitId).containsExactly(world.cellA, world.cellB);
    }

    @Test
    void unlinkedBlockedAndDepartedMembersAreNotTargeted() {
        long active = world.linked(world.cellA, "Đang Học");
        world.members.create(world.cellA, "Chưa Liên Kết");
        long blocked = world.linked(world.cellA, "Đã Chặn Bot");
        long left = world.linked(world.cellB, "Đã Chuyển Đi");
        world.members.setStatus(blocked, MemberStatus.BLOCKED);
        world.members.setStatus(left, MemberStatus.LEFT);
        long c = world.campaign(List.of(world.document1), List.of(world.province)).id();

        assertThat(targets.notDone(c)).extracting(p -> p.learner().memberId()).containsExactly(active);
    }

    @Test
    void aCampaignReachesOnlyItsAudiencesSubtrees() {
        long inA = world.linked(world.cellA, "Thôn Đông");
        world.linked(world.cellB, "Thôn Tây");
        long districtMember = world.linked(world.district, "Huyện Ủy Viên");
        long c = world.campaign(List.of(world.document1), List.of(world.cellA)).id();

        assertThat(targets.notDone(c)).extracting(p -> p.learner().memberId()).containsExactly(inA).doesNotContain(districtMember);
    }

    @Test
    void aSecretarysViewStopsAtTheUnitsSubtree() {
        long inA = world.linked(world.cellA, "Thôn Đông");
        long inB = world.linked(world.cellB, "Thôn Tây");
        long c = world.campaign(List.of(world.document1), List.of(world.province)).id();

        assertThat(targets.notDoneIn(c, world.cellA)).extracting(p -> p.learner().memberId()).containsExactly(inA);
        assertThat(targets.notDoneIn(c, world.commune)).extracting(p -> p.learner().memberId()).containsExactly(inA, inB);
    }

    @Test
    void aUnitWhoseIdStartsWithAnotherUnitsIdIsNotInItsSubtree() {
        String prefix = Long.toString(world.cellA);
        long lookalike = world.units.create(world.commune, UnitLevel.CELL, "Chi bộ giống số").id();
        for (int i = 0; i < 10_000 && !(Long.toString(lookalike).startsWith(prefix)); i++) {
            lookalike = world.units.create(world.commune, UnitLevel.CELL, "Chi bộ " + i).id();
        }
        assertThat(Long.toString(lookalike)).startsWith(prefix).isNotEqualTo(prefix);
        long inA = world.linked(world.cellA, "Thôn Đông");
        world.linked(lookalike, "Thôn Giống");
        long c = world.campaign(List.of(world.document1), List.of(world.cellA)).id();
        long wide = world.campaign(List.of(world.document2), List.of(world.province)).id();

        assertThat(targets.notDone(c)).extracting(p -> p.learner().memberId()).containsExactly(inA);
        assertThat(targets.notDoneIn(wide, world.cellA)).extracting(p -> p.learner().memberId()).containsExactly(inA);
    }

    @Test
    void cellFiguresCountEveryoneButThoseWhoLeftAndNameTheSecretary() {
        long secretary = world.linked(world.cellA, "Bí Thư Đông");
        world.role(world.cellA, secretary, "SECRETARY");
        world.members.create(world.cellA, "Chưa Liên Kết");
        long left = world.linked(world.cellA, "Đã Chuyển Đi");
        world.members.setStatus(left, MemberStatus.LEFT);
        long inB = world.linked(world.cellB, "Thôn Tây");
        long c = world.campaign(List.of(world.document1), List.of(world.province)).id();
        world.confirm(secretary, c, world.document1);
        world.confirm(inB, c, world.document1);

        List<CampaignTargets.CellFigure> cells = targets.cells(c);
        assertThat(cells).extracting(CampaignTargets.CellFigure::cellId).containsExactly(world.cellA, world.cellB);
        CampaignTargets.CellFigure a = cells.get(0);
        assertThat(a.members()).isEqualTo(2);
        assertThat(a.done()).isEqualTo(1);
        assertThat(a.secretaryMemberId()).isEqualTo(secretary);
        assertThat(a.secretaryChatId()).isEqualTo(1000 + secretary);
        assertThat(a.parentId()).isEqualTo(world.commune);
        CampaignTargets.CellFigure b = cells.get(1);
        assertThat(b.members()).isEqualTo(1);
        assertThat(b.done()).isEqualTo(1);
        assertThat(b.secretaryMemberId()).isNull();
    }

    @Test
    void leadersAreLinkedActiveSecretariesOfUnitsAboveTheCells() {
        long communeSecretary = world.linked(world.commune, "Bí Thư Xã");
        world.role(world.commune, communeSecretary, "SECRETARY");
        long cellSecretary = world.linked(world.cellA, "Bí Thư Chi Bộ");
        world.role(world.cellA, cellSecretary, "SECRETARY");
        long unlinked = world.members.create(world.district, "Bí Thư Huyện").id();
        world.role(world.district, unlinked, "SECRETARY");
        long deputy = world.linked(world.province, "Phó Bí Thư Tỉnh");
        world.role(world.province, deputy, "DEPUTY");

        assertThat(targets.leaders()).singleElement().satisfies(l -> {
            assertThat(l.unitId()).isEqualTo(world.commune);
            assertThat(l.secretary().memberId()).isEqualTo(communeSecretary);
        });
        assertThat(targets.unitContact(world.cellA)).hasValueSatisfying(u -> assertThat(u.learner().memberId()).isEqualTo(cellSecretary));
        assertThat(targets.unitContact(world.district)).isEmpty();
    }
}

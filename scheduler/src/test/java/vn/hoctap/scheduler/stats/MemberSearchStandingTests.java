package vn.hoctap.scheduler.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import vn.hoctap.content.testing.TestDatabase;
import vn.hoctap.scheduler.member.MemberQuery;
import vn.hoctap.scheduler.member.MemberRow;
import vn.hoctap.scheduler.member.MemberSearch;

/**
 * The members list's "done / not done in a campaign" filter agrees with the results report
 * ({@link CampaignStanding} is the one rule), counts only members who must study the campaign, follows a
 * member who moved, and sorts by given name by Vietnamese rules. On {@link DashboardTree}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberSearchStandingTests {

    private final TestDatabase database = TestDatabase.perClass();
    private DashboardTree tree;
    private MemberSearch search;

    @BeforeAll
    void buildTree() {
        tree = new DashboardTree(database.dataSource());
        search = new MemberSearch(tree.jdbc);
    }

    @Test
    void doneAndNotDoneSplitTheCampaignsAudienceAsTheReportCountsIt() {
        assertThat(ids(tree.province, tree.main, true)).containsExactlyInAnyOrder(tree.m1, tree.m3, tree.m6, tree.m7);
        assertThat(ids(tree.province, tree.main, false)).containsExactlyInAnyOrder(tree.m2, tree.m5, tree.m8);
        CampaignResults.Report report = new CampaignResults(tree.jdbc, tree.units).forUnit(tree.province, tree.main);
        assertThat(report.total().studied()).isEqualTo(4);
        assertThat(report.total().notDone()).isEqualTo(3);
    }

    @Test
    void aDistrictCampaignSeenFromTheProvinceListsOnlyItsAudience() {
        assertThat(ids(tree.province, tree.district, false)).containsExactlyInAnyOrder(tree.m7, tree.m8);
        assertThat(ids(tree.province, tree.district, true)).isEmpty();
        // "mixed": document 1 for the province, document 2 for Dương Minh only; m7 (Đông Hà) needs only document 1.
        assertThat(ids(tree.province, tree.mixed, true)).containsExactly(tree.m7);
        assertThat(ids(tree.em, tree.main, false)).isEmpty();
    }

    @Test
    void namesSortByGivenNameInVietnameseOrder() {
        List<String> names = search.find(new MemberQuery(tree.province, null, null, null, null, null, MemberQuery.Sort.NAME, false, 0, 50))
                .rows().stream().map(MemberRow::fullName).toList();
        // Given names: An, Cúc, Đào, Dung, Em, Giang, Hà (Võ Bình has left); Đ sorts after D.
        assertThat(names).containsExactly("Nguyễn Văn An", "Hoàng Cúc", "Lê Dung", "Trần Thị Đào", "Phạm Em", "Đỗ Giang", "Bùi Hà");
    }

    private List<Long> ids(long unit, long campaign, boolean done) {
        MemberSearch.Page page = search.find(new MemberQuery(unit, null, null, null, campaign, done, null, false, 0, 50));
        assertThat(page.total()).isEqualTo(page.rows().size());
        return page.rows().stream().map(MemberRow::id).toList();
    }
}

package vn.hoctap.scheduler.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import vn.hoctap.content.testing.TestDatabase;

/** The results report (XLSX/CSV export) on {@link DashboardTree}; it shares its per-member query with the dashboard. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignResultsTests {

    private final TestDatabase database = TestDatabase.perClass();

    private DashboardTree tree;
    private CampaignResults results;

    @BeforeAll
    void buildTree() {
        tree = new DashboardTree(database.dataSource());
        results = new CampaignResults(tree.jdbc, tree.units);
    }

    @Test
    void provinceReportCountsEveryApplicableDocumentAndSortsChildren() {
        CampaignResults.Report report = results.forUnit(tree.province, tree.main);
        assertThat(report.campaignName()).isEqualTo("Đợt chính");
        assertThat(report.total()).extracting(CampaignResults.Line::members, CampaignResults.Line::studied,
                CampaignResults.Line::quizPassed, CampaignResults.Line::reflections).containsExactly(7L, 4L, 1L, 1L);
        assertThat(report.total().notDone()).isEqualTo(3);
        assertThat(report.children()).extracting(l -> l.unit().name()).containsExactly("Dương Minh", "Đông Hà", "Em");
        assertThat(report.children()).extracting(CampaignResults.Line::studied).containsExactly(3L, 1L, 0L);
    }

    @Test
    void reportForACellBelowAnAudienceOfOneDistrict() {
        CampaignResults.Report report = results.forUnit(tree.c1, tree.mixed);
        assertThat(report.total().members()).isEqualTo(5);
        assertThat(report.total().studied()).isZero();
        CampaignResults.Report other = results.forUnit(tree.dongHa, tree.mixed);
        assertThat(other.total().studied()).isEqualTo(1);
        assertThat(other.total().studiedPercent()).isEqualTo(50.0);
    }
}

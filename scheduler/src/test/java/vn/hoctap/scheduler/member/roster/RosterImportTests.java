package vn.hoctap.scheduler.member.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hoctap.scheduler.member.roster.RosterFixtures.HEADER;
import static vn.hoctap.scheduler.member.roster.RosterFixtures.cells;
import static vn.hoctap.scheduler.member.roster.RosterFixtures.csv;
import static vn.hoctap.scheduler.member.roster.RosterFixtures.xlsx;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

import vn.hoctap.content.testing.TestDatabase;
import vn.hoctap.scheduler.member.MemberStatus;

/** Writing rosters into real PostgreSQL: all or nothing, valid rows only, upserts, rollback. */
class RosterImportTests {

    private final TestDatabase database = TestDatabase.perTest();

    private RosterFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new RosterFixtures(database.dataSource());
    }

    @Test
    void aCleanCsvOfFiveRowsCreatesFiveMembers() {
        RosterReport report = fx.roster.importRoster("dang-vien.csv", csv(HEADER, fx.fiveRows()), false);

        assertThat(report).isEqualTo(new RosterReport(5, 5, 5, 0, 0, List.of()));
        assertThat(fx.members()).containsEntry("DV-001", "Nguyễn Văn An|" + fx.cell2 + "|ACTIVE")
                .containsEntry("DV-003", "Lê Văn Cường|" + fx.cell1A + "|ACTIVE")
                .containsEntry("DV-004", "Phạm Thị Dung|" + fx.cell1B + "|LEFT").hasSize(5);
    }

    @Test
    void oneBadRowImportsNothingAndReportsExactlyThatRowAndColumn() {
        RosterReport report = fx.roster.importRoster("dang-vien.csv", csv(HEADER, withBadFourthRow()), false);

        assertThat(report.problems()).containsExactly(new RowProblem(4, "ho_ten", "Thiếu họ tên"));
        assertThat(report).extracting(RosterReport::rowsRead, RosterReport::validRows, RosterReport::created,
                RosterReport::skipped).containsExactly(5, 4, 0, 5);
        assertThat(fx.memberCount()).isZero();
    }

    @Test
    void importingValidRowsWritesTheFourGoodRowsAndSkipsTheBadOne() {
        RosterReport report = fx.roster.importRoster("dang-vien.csv", csv(HEADER, withBadFourthRow()), true);

        assertThat(report).isEqualTo(new RosterReport(5, 4, 4, 0, 1, List.of(new RowProblem(4, "ho_ten", "Thiếu họ tên"))));
        assertThat(fx.members()).doesNotContainKey("DV-003").hasSize(4);
    }

    @Test
    void xlsxImportsLikeCsv() {
        RosterReport bad = fx.roster.importRoster("dang-vien.xlsx", xlsx(cells(HEADER, withBadFourthRow())), false);
        assertThat(bad.problems()).containsExactly(new RowProblem(4, "ho_ten", "Thiếu họ tên"));
        assertThat(fx.memberCount()).isZero();

        RosterReport good = fx.roster.importRoster("DANG-VIEN.XLSX", xlsx(cells(HEADER, fx.fiveRows())), false);
        assertThat(good).isEqualTo(new RosterReport(5, 5, 5, 0, 0, List.of()));
        assertThat(fx.members()).containsEntry("DV-004", "Phạm Thị Dung|" + fx.cell1B + "|LEFT");
    }

    @Test
    void reimportingUpdatesNameUnitAndStatusInsteadOfDuplicating() {
        fx.roster.importRoster("a.csv", csv(HEADER, fx.fiveRows()), false);
        List<String> changed = new ArrayList<>(fx.fiveRows());
        changed.set(0, "DV-001,Nguyễn Văn Ân," + fx.cell1B + ",ra khỏi Đảng");
        changed.add("DV-006,Vũ Thị Phương,Chi bộ 2,");

        RosterReport report = fx.roster.importRoster("a.csv", csv(HEADER, changed), false);

        assertThat(report).isEqualTo(new RosterReport(6, 6, 1, 5, 0, List.of()));
        assertThat(fx.memberCount()).isEqualTo(6);
        assertThat(fx.members()).containsEntry("DV-001", "Nguyễn Văn Ân|" + fx.cell1B + "|LEFT");
    }

    @Test
    void statusesMapFromVietnameseOrEnglishAndBlankMeansActive() {
        List<String> rows = List.of("S1,A,Chi bộ 2,Hoạt động", "S2,B,Chi bộ 2,ACTIVE", "S3,C,Chi bộ 2,",
                "S4,D,Chi bộ 2,đã chuyển", "S5,E,Chi bộ 2,Ra khỏi Đảng", "S6,F,Chi bộ 2,left", "S7,G,Chi bộ 2,da chuyen");
        fx.roster.importRoster("s.csv", csv(HEADER, rows), false);

        assertThat(fx.members().values()).extracting(v -> MemberStatus.valueOf(v.substring(v.lastIndexOf('|') + 1)))
                .containsExactlyInAnyOrder(MemberStatus.ACTIVE, MemberStatus.ACTIVE, MemberStatus.ACTIVE,
                        MemberStatus.LEFT, MemberStatus.LEFT, MemberStatus.LEFT, MemberStatus.LEFT);
        RosterReport bad = fx.roster.check("s.csv", csv(HEADER, List.of("S8,H,Chi bộ 2,abc")));
        assertThat(bad.problems()).containsExactly(new RowProblem(2, "trang_thai", "Trạng thái không hợp lệ: «abc»"));
    }

    @Test
    void aMemberWhoBlockedTheBotStaysBlockedWhenTheRosterSaysActive() {
        fx.roster.importRoster("a.csv", csv(HEADER, fx.fiveRows()), false);
        fx.jdbc.sql("UPDATE members SET status = 'BLOCKED' WHERE external_ref IN ('DV-001', 'DV-005')").update();
        List<String> rows = new ArrayList<>(fx.fiveRows());
        rows.set(4, "DV-005,Hoàng Văn Em,Chi bộ 2,đã chuyển");

        fx.roster.importRoster("a.csv", csv(HEADER, rows), false);

        assertThat(fx.members().get("DV-001")).endsWith("|BLOCKED");
        assertThat(fx.members().get("DV-005")).endsWith("|LEFT");
    }

    @Test
    void cellsAreTrimmedAndStoredInNfc() {
        String decomposed = java.text.Normalizer.normalize("Nguyễn Thị Hương", java.text.Normalizer.Form.NFD);
        fx.roster.importRoster("a.csv", csv(HEADER, List.of(" DV-9 ,\u00a0" + decomposed + "  , Chi bộ 2 ,")), false);

        assertThat(fx.members()).containsEntry("DV-9", "Nguyễn Thị Hương|" + fx.cell2 + "|ACTIVE");
    }

    @Test
    void aDatabaseErrorRollsBackTheWholeImport() {
        fx.roster.importRoster("a.csv", csv(HEADER, List.of("DV-001,Tên cũ,Chi bộ 2,")), false);
        fx.jdbc.sql("""
                CREATE FUNCTION refuse() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION 'refused'; END; $$ LANGUAGE plpgsql""").update();
        fx.jdbc.sql("CREATE TRIGGER refuse BEFORE INSERT ON members FOR EACH ROW WHEN (NEW.full_name = 'Hoàng Văn Em') "
                + "EXECUTE FUNCTION refuse()").update();

        try {
            assertThatThrownBy(() -> fx.roster.importRoster("a.csv", csv(HEADER, fx.fiveRows()), true))
                    .isInstanceOf(DataAccessException.class);
            assertThat(fx.members()).containsOnlyKeys("DV-001").containsEntry("DV-001", "Tên cũ|" + fx.cell2 + "|ACTIVE");
        } finally {
            // The test database is shared by the JVM's tests: only rows are reset between them, so undo the schema change.
            fx.jdbc.sql("DROP FUNCTION refuse() CASCADE").update();
        }
    }

    @Test
    void fileProblemsWriteNothingEvenWhenImportingValidRows() {
        RosterReport report = fx.roster.importRoster("a.csv", csv("ma_dang_vien,don_vi", List.of("DV-1,Chi bộ 2")), true);

        assertThat(report.hasFileProblems()).isTrue();
        assertThat(report.created()).isZero();
        assertThat(fx.memberCount()).isZero();
    }

    @Test
    void aCommuneScopedImportTouchingAnotherSubtreeIsRefusedWithNothingWritten() {
        fx.roster.importRoster("a.csv", csv(HEADER, List.of("DV-900,Người xã B," + fx.cell1B + ",")), false);
        var before = fx.members();

        for (String row : List.of("DV-900,Người xã B," + fx.cell2 + ",", // moves a member of another commune into ours
                "DV-901,Người lạ," + fx.cell1B + ",", // plants a member in another commune's cell
                "DV-900,Người xã B," + fx.cell1B + ",Đã chuyển")) { // marks another commune's member as left
            RosterReport report = fx.roster.importRoster("a.csv", csv(HEADER, List.of("DV-100,Nguyễn Văn Mới,Chi bộ 2,", row)), true,
                    fx.communeA);
            assertThat(report.outOfScope()).as(row).isTrue();
            assertThat(report.created() + report.updated()).isZero();
            assertThat(report.problems()).singleElement().satisfies(p -> {
                assertThat(p.row()).isEqualTo(3);
                assertThat(p.message()).contains("ngoài phạm vi");
            });
            assertThat(fx.members()).isEqualTo(before);
        }
        RosterReport own = fx.roster.importRoster("a.csv", csv(HEADER, List.of("DV-100,Nguyễn Văn Mới,Chi bộ 2,")), false, fx.communeA);
        assertThat(own.created()).isEqualTo(1);
    }

    @Test
    void theRoleColumnNamesTheSecretaryAndDeputies() {
        String header = HEADER + ",chuc_vu";
        RosterReport report = fx.roster.importRoster("a.csv", csv(header, List.of("DV-1,Bí Thư Một,Chi bộ 2,,Bí thư",
                "DV-2,Phó Một,Chi bộ 2,,phó bí thư", "DV-3,Phó Hai,Chi bộ 2,,Phó bí thư", "DV-4,Đảng Viên,Chi bộ 2,,")), false);
        assertThat(report.problems()).isEmpty();
        assertThat(roles()).containsExactly("Bí Thư Một:SECRETARY", "Phó Hai:DEPUTY", "Phó Một:DEPUTY");

        // A new secretary replaces the old one; two secretaries of one unit in a file are refused.
        fx.roster.importRoster("a.csv", csv(header, List.of("DV-4,Đảng Viên,Chi bộ 2,,bí thư")), false);
        assertThat(roles()).containsExactly("Phó Hai:DEPUTY", "Phó Một:DEPUTY", "Đảng Viên:SECRETARY");
        RosterReport twice = fx.roster.importRoster("a.csv", csv(header, List.of("DV-1,Bí Thư Một,Chi bộ 2,,bí thư",
                "DV-3,Phó Hai,Chi bộ 2,,bí thư", "DV-5,Ai Đó,Chi bộ 2,,trưởng ban")), false);
        assertThat(twice.problems()).extracting(p -> p.row() + ":" + p.column()).containsExactly("3:chuc_vu", "4:chuc_vu");
    }

    private List<String> roles() {
        return fx.jdbc.sql("SELECT m.full_name || ':' || r.role FROM unit_roles r JOIN members m ON m.id = r.member_id ORDER BY 1")
                .query(String.class).list();
    }

    private List<String> withBadFourthRow() {
        List<String> rows = new ArrayList<>(fx.fiveRows());
        rows.set(2, "DV-003,," + fx.cell1A + ",");
        return rows;
    }
}

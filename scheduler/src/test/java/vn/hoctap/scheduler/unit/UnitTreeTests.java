package vn.hoctap.scheduler.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;

import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.content.document.NewDocument;
import vn.hoctap.content.testing.TestDatabase;
import vn.hoctap.scheduler.member.roster.RosterReport;
import vn.hoctap.scheduler.organisation.UnitTreeImport;
import vn.hoctap.scheduler.stats.CampaignDashboard;
import vn.hoctap.scheduler.stats.CampaignProgress;
import vn.hoctap.scheduler.stats.CampaignResults;

/**
 * The organisation built by import and reshaped (a commune moved, two cells merged): the live tree
 * follows, an ended campaign's report stays exactly as it was, an active campaign follows the new tree.
 */
class UnitTreeTests {

    private final TestDatabase database = TestDatabase.perTest();

    static final Instant NOW = Instant.parse("2026-03-10T05:00:00Z");
    static final String TREE = """
            ma_don_vi,ten_don_vi,ma_cap_tren,loai
            C1,Chi bộ thôn Đông,X,chi bộ
            C2,Chi bộ thôn Tây,X,Chi bộ
            X,Đảng bộ xã Hòa Bình,D1,xã
            D1,Đảng bộ huyện Tiên Phong,P,huyện
            D2,Đảng bộ huyện Yên Lạc,P,Huyện
            P,Đảng bộ tỉnh Thử Nghiệm,,tỉnh
            """;

    private JdbcClient jdbc;
    private UnitRepository units;
    private UnitTree tree;
    private UnitTreeImport importer;
    private CampaignResults results;
    private DataSourceTransactionManager tx;

    @BeforeEach
    void setUp() {
        var dataSource = database.dataSource();
        jdbc = JdbcClient.create(dataSource);
        tx = new DataSourceTransactionManager(dataSource);
        units = new UnitRepository(jdbc);
        tree = transactional(new UnitTree(jdbc, units, new OrganisationHistory(jdbc, Clock.fixed(NOW, ZoneOffset.UTC))));
        importer = transactional(new UnitTreeImport(units, tree));
        results = new CampaignResults(jdbc, units);
    }

    @SuppressWarnings("unchecked")
    private <T> T transactional(T target) {
        ProxyFactory proxy = new ProxyFactory(target);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice(new TransactionInterceptor(tx, new AnnotationTransactionAttributeSource()));
        return (T) proxy.getProxy();
    }

    @Test
    void importBuildsTheTreeInAnyRowOrder() {
        RosterReport report = importer.importTree("to-chuc.csv", TREE.getBytes(StandardCharsets.UTF_8), null, false);

        assertThat(report.problems()).isEmpty();
        assertThat(report.created()).isEqualTo(6);
        Unit p = units.findByCode("P").orElseThrow();
        Unit c1 = units.findByCode("c1").orElseThrow();
        Unit x = units.findByCode("X").orElseThrow();
        assertThat(p.parentId()).isNull();
        assertThat(p.level()).isEqualTo(UnitLevel.PROVINCE);
        assertThat(c1.path()).isEqualTo(p.path() + units.findByCode("D1").orElseThrow().id() + "/" + x.id() + "/" + c1.id() + "/");
        assertThat(c1.depth()).isEqualTo(3);
        assertThat(c1.level()).isEqualTo(UnitLevel.CELL);
        assertThat(units.children(x.id())).extracting(Unit::name).containsExactlyInAnyOrder("Chi bộ thôn Tây", "Chi bộ thôn Đông");

        // Importing the same file again changes nothing but counts every row as updated.
        RosterReport again = importer.importTree("to-chuc.csv", TREE.getBytes(StandardCharsets.UTF_8), null, false);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(6);
        assertThat(jdbc.sql("SELECT count(*) FROM units").query(Long.class).single()).isEqualTo(6);
    }

    @Test
    void anXlsxTreeWithATitleRowAndVietnameseHeadersImportsToo() throws Exception {
        byte[] xlsx;
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.createSheet("Tổ chức");
            String[][] rows = {{"DANH SÁCH TỔ CHỨC ĐẢNG"}, {"Mã đơn vị", "Tên đơn vị", "Mã đơn vị cấp trên", "Loại đơn vị"},
                {"T", "Đảng bộ tỉnh", "", "Tỉnh"}, {"CQ", "Đảng bộ Cơ quan Tỉnh ủy", "T", "Đảng bộ cơ sở"},
                {"CB1", "Chi bộ Văn phòng", "CQ", "Chi bộ"}, {"X", "Đảng bộ xã Mới", "T", "xã"}, {"CB2", "Chi bộ thôn 1", "X", ""}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
            xlsx = out.toByteArray();
        }
        RosterReport report = importer.importTree("to-chuc.xlsx", xlsx, null, false);

        assertThat(report.problems()).isEmpty();
        assertThat(report.created()).isEqualTo(5);
        // Any depth: province > agency committee > cell and province > commune > cell, no district.
        assertThat(units.findByCode("CB1").orElseThrow().depth()).isEqualTo(2);
        assertThat(units.findByCode("CQ").orElseThrow().level()).isEqualTo(UnitLevel.COMMUNE);
        assertThat(units.findByCode("CB2").orElseThrow().level()).isEqualTo(UnitLevel.CELL);
    }

    @Test
    void aFileWithProblemsReportsEveryRowAndWritesNothing() {
        String bad = """
                ma_don_vi,ten_don_vi,ma_cap_tren,loai
                P,Tỉnh,,tỉnh
                A,Xã A,B,xã
                B,Xã B,A,xã
                C,Chi bộ C,Z,chi bộ
                P,Trùng mã,,tỉnh
                E,,P,chi bộ
                F,Chi bộ F,P,ban
                """;
        RosterReport report = importer.importTree("x.csv", bad.getBytes(StandardCharsets.UTF_8), null, false);

        assertThat(report.created()).isZero();
        assertThat(report.problems()).extracting(pr -> pr.row() + ":" + pr.column()).containsExactly(
                "3:ma_cap_tren", "4:ma_cap_tren", "5:ma_cap_tren", "6:ma_don_vi", "7:ten_don_vi", "8:loai");
        assertThat(report.problems().get(2).message()).contains("Không tìm thấy đơn vị cấp trên có mã «Z»");
        assertThat(report.problems().get(0).message()).contains("Vòng lặp");
        assertThat(jdbc.sql("SELECT count(*) FROM units").query(Long.class).single()).isZero();
    }

    @Test
    void aScopedAdminCannotImportAboveOrBesideTheirUnit() {
        importer.importTree("to-chuc.csv", TREE.getBytes(StandardCharsets.UTF_8), null, false);
        long d1 = units.findByCode("D1").orElseThrow().id();
        String file = """
                ma_don_vi,ten_don_vi,ma_cap_tren
                C3,Chi bộ mới,X
                Y,Xã khác,D2
                D1,Đổi tên huyện,P
                """;
        RosterReport report = importer.importTree("x.csv", file.getBytes(StandardCharsets.UTF_8), d1, false);

        assertThat(report.problems()).extracting(pr -> pr.row()).containsExactly(3, 4);
        assertThat(units.findByCode("C3")).isEmpty();
        assertThat(units.findByCode("D1").orElseThrow().name()).isEqualTo("Đảng bộ huyện Tiên Phong");
    }

    @Test
    void movingACommuneAndMergingTwoCellsKeepsAnEndedCampaignsReportAndUpdatesAnActiveOne() {
        importer.importTree("to-chuc.csv", TREE.getBytes(StandardCharsets.UTF_8), null, false);
        long p = id("P"), d1 = id("D1"), d2 = id("D2"), x = id("X"), c1 = id("C1"), c2 = id("C2");
        long a1 = member(c1, "Nguyễn Văn An"), a2 = member(c1, "Trần Thị Bình");
        long b1 = member(c2, "Lê Văn Cường");
        member(c2, "Phạm Thị Dung");
        long doc = new DocumentRepository(jdbc).save(new NewDocument("NQ", "18", "TW", LocalDate.of(2017, 10, 25), "Bộ máy", null)).id();
        long ended = campaign("Đợt đã kết thúc", "2026-03-08T10:00:00Z");
        long endedAssignment = assignment(ended, doc, p);
        long active = campaign("Đợt đang diễn ra", "2026-03-20T10:00:00Z");
        long activeAssignment = assignment(active, doc, d1);
        for (long m : List.of(a1, a2, b1)) {
            confirm(m, endedAssignment);
        }
        confirm(a1, activeAssignment);
        confirm(b1, activeAssignment);

        CampaignDashboard dashboard = new CampaignDashboard(jdbc, units, Clock.fixed(NOW, ZoneOffset.UTC), java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        CampaignProgress dashboardBefore = dashboard.progress(x, ended);
        assertThat(dashboardBefore.total().studied()).isEqualTo(3);
        Map<String, String> endedBefore = lines(d1, ended);
        Map<String, String> endedCommuneBefore = lines(x, ended);
        assertThat(endedBefore).containsExactly(Map.entry("Đảng bộ xã Hòa Bình", "4/3"));
        assertThat(endedCommuneBefore).containsOnly(Map.entry("Chi bộ thôn Tây", "2/1"), Map.entry("Chi bộ thôn Đông", "2/2"));

        tree.move(x, d2, null);

        assertThat(units.findById(c1).orElseThrow().path()).isEqualTo("/" + p + "/" + d2 + "/" + x + "/" + c1 + "/");
        assertThat(units.children(d1)).isEmpty();
        assertThat(lines(d1, ended)).isEqualTo(endedBefore);
        assertThat(lines(d2, ended)).isEmpty();
        assertThat(results.forUnit(p, ended).total().members()).isEqualTo(4);
        // The active campaign was for district D1: the commune has left it.
        assertThat(results.forUnit(d1, active).total().members()).isZero();

        tree.move(x, d1, null); // back, so the active campaign reaches it again
        assertThat(lines(x, active)).containsOnly(Map.entry("Chi bộ thôn Tây", "2/1"), Map.entry("Chi bộ thôn Đông", "2/1"));

        tree.merge(c2, c1, null);

        Unit closed = units.findById(c2).orElseThrow();
        assertThat(closed.closed()).isTrue();
        assertThat(jdbc.sql("SELECT merged_into FROM units WHERE id = :u").param("u", c2).query(Long.class).single()).isEqualTo(c1);
        assertThat(jdbc.sql("SELECT count(*) FROM members WHERE unit_id = :u").param("u", c1).query(Long.class).single()).isEqualTo(4);
        assertThat(lines(x, ended)).isEqualTo(endedCommuneBefore);
        assertThat(lines(d1, ended)).isEqualTo(endedBefore);
        CampaignProgress dashboardAfter = dashboard.progress(x, ended);
        assertThat(dashboardAfter.children()).extracting(c -> c.unit().name() + ":" + c.members() + "/" + c.studied())
                .isEqualTo(dashboardBefore.children().stream().map(c -> c.unit().name() + ":" + c.members() + "/" + c.studied()).toList())
                .contains("Chi bộ thôn Tây:2/1");
        assertThat(dashboard.choices(c2)).extracting(ch -> ch.campaignId()).contains(ended).doesNotContain(active);
        assertThat(dashboard.progress(x, active).children()).extracting(c -> c.unit().name()).containsExactly("Chi bộ thôn Đông");
        assertThat(lines(x, active)).containsExactly(Map.entry("Chi bộ thôn Đông", "4/2"));
        assertThat(jdbc.sql("SELECT count(*) FROM campaign_frozen_members WHERE campaign_id = :c").param("c", ended)
                .query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("SELECT count(*) FROM campaigns WHERE frozen_at IS NOT NULL").query(Long.class).single()).isEqualTo(1);

        // A rename after the deadline: the report filed for the ended campaign keeps the old name.
        tree.rename(x, "Đảng bộ xã Hòa Bình Mới", null, null, null);
        assertThat(lines(d1, ended)).isEqualTo(endedBefore);
        assertThat(results.forUnit(d1, active).children()).extracting(l -> l.unit().name()).containsExactly("Đảng bộ xã Hòa Bình Mới");
    }

    @Test
    void impossibleChangesAreRefusedWithAReason() {
        importer.importTree("to-chuc.csv", TREE.getBytes(StandardCharsets.UTF_8), null, false);
        long p = id("P"), d1 = id("D1"), d2 = id("D2"), x = id("X"), c1 = id("C1");
        member(c1, "Nguyễn Văn An");

        assertThatThrownBy(() -> tree.move(d1, x, null)).isInstanceOf(UnitChangeException.class).hasMessageContaining("cấp dưới");
        assertThatThrownBy(() -> tree.close(c1, null)).isInstanceOf(UnitChangeException.class).hasMessageContaining("còn 1 đảng viên");
        assertThatThrownBy(() -> tree.move(x, d2, d1)).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> tree.rename(d1, "Tên mới", null, null, d1)).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> tree.create(null, UnitLevel.PROVINCE, "Tỉnh khác", null, d1)).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> tree.create(p, UnitLevel.DISTRICT, " ", null, null)).hasMessageContaining("Thiếu tên");
        assertThatThrownBy(() -> tree.create(p, UnitLevel.DISTRICT, "Huyện", "D2", null)).hasMessageContaining("đã được dùng");

        Unit created = tree.create(x, UnitLevel.CELL, "Chi bộ mới", "C9", d1);
        tree.close(created.id(), d1);
        assertThat(units.children(x)).extracting(Unit::id).doesNotContain(created.id());
        assertThat(units.findByCode("C9")).isEmpty(); // a closed unit's code is free again
    }

    private Map<String, String> lines(long unit, long campaign) {
        return results.forUnit(unit, campaign).children().stream().filter(l -> l.members() > 0)
                .collect(Collectors.toMap(l -> l.unit().name(), l -> l.members() + "/" + l.studied(), (a, b) -> a, java.util.TreeMap::new));
    }

    private long id(String code) {
        return units.findByCode(code).orElseThrow().id();
    }

    private long member(long unit, String name) {
        return jdbc.sql("INSERT INTO members (unit_id, full_name) VALUES (:u, :n) RETURNING id").param("u", unit).param("n", name)
                .query(Long.class).single();
    }

    private long campaign(String name, String deadline) {
        return jdbc.sql("INSERT INTO campaigns (name, starts_at, deadline) VALUES (:n, :s, :d) RETURNING id").param("n", name)
                .param("s", Timestamp.from(Instant.parse("2026-03-01T01:00:00Z"))).param("d", Timestamp.from(Instant.parse(deadline)))
                .query(Long.class).single();
    }

    private long assignment(long campaign, long doc, long unit) {
        return jdbc.sql("""
                INSERT INTO assignments (document_id, unit_id, starts_at, deadline, campaign_id)
                SELECT :d, :u, starts_at, deadline, id FROM campaigns WHERE id = :c RETURNING id""")
                .param("d", doc).param("u", unit).param("c", campaign).query(Long.class).single();
    }

    private void confirm(long member, long assignment) {
        jdbc.sql("INSERT INTO confirmations (member_id, assignment_id) VALUES (:m, :a)").param("m", member).param("a", assignment).update();
    }
}

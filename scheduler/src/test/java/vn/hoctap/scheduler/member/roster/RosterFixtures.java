package vn.hoctap.scheduler.member.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;

import vn.hoctap.scheduler.unit.UnitLevel;
import vn.hoctap.scheduler.unit.UnitRepository;

/**
 * A fresh migrated database with a small unit tree (two cells named "Chi bộ 1" in different
 * communes, one "Chi bộ 2"), the import service behind a transaction proxy as in the application,
 * and builders for the CSV and XLSX files the tests upload.
 */
final class RosterFixtures {

    static final String HEADER = "ma_dang_vien,ho_ten,don_vi,trang_thai";

    final JdbcClient jdbc;
    final RosterImport roster;
    final long cell1A;
    final long cell1B;
    final long cell2;
    final long communeA;

    RosterFixtures(javax.sql.DataSource dataSource) {
        jdbc = JdbcClient.create(dataSource);
        var units = new UnitRepository(jdbc);
        ProxyFactory proxy = new ProxyFactory(new RosterImport(jdbc, units, new vn.hoctap.scheduler.unit.OrganisationHistory(jdbc, java.time.Clock.systemUTC())));
        proxy.setProxyTargetClass(true);
        proxy.addAdvice(new TransactionInterceptor(new DataSourceTransactionManager(dataSource),
                new AnnotationTransactionAttributeSource()));
        roster = (RosterImport) proxy.getProxy();
        long province = units.create(null, UnitLevel.PROVINCE, "Tỉnh").id();
        long district = units.create(province, UnitLevel.DISTRICT, "Huyện A").id();
        communeA = units.create(district, UnitLevel.COMMUNE, "Xã A").id();
        long communeB = units.create(district, UnitLevel.COMMUNE, "Xã B").id();
        cell1A = units.create(communeA, UnitLevel.CELL, "Chi bộ 1").id();
        cell1B = units.create(communeB, UnitLevel.CELL, "Chi bộ 1").id();
        cell2 = units.create(communeA, UnitLevel.CELL, "Chi bộ 2").id();
    }

    /** Five good rows, spreadsheet rows 2 to 6. */
    List<String> fiveRows() {
        return List.of("DV-001,Nguyễn Văn An,Chi bộ 2,", "DV-002,Trần Thị Bình,Chi bộ 2,hoạt động",
                "DV-003,Lê Văn Cường," + cell1A + ",", "DV-004,Phạm Thị Dung," + cell1B + ",Đã chuyển",
                "DV-005,Hoàng Văn Em,Chi bộ 2,active");
    }

    static byte[] csv(String header, List<String> rows) {
        return (header + "\r\n" + String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Cells: a String, a Number (numeric cell) or null (no cell); rows are separated by row arrays. */
    static byte[] xlsx(Object[]... rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Đảng viên");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c].toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSV lines (simple values, no quoting) as workbook rows. */
    static Object[][] cells(String header, List<String> rows) {
        return Stream.concat(Stream.of(header), rows.stream())
                .map(line -> (Object[]) line.split(",", -1)).toArray(Object[][]::new);
    }

    long memberCount() {
        return jdbc.sql("SELECT count(*) FROM members").query(Long.class).single();
    }

    /** external_ref → "full name|unit id|status". */
    Map<String, String> members() {
        return jdbc.sql("SELECT external_ref, full_name || '|' || unit_id || '|' || status AS v FROM members")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}

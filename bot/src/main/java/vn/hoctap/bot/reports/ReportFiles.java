package vn.hoctap.bot.reports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.scheduler.campaign.CellStatus;
import vn.hoctap.scheduler.member.MemberDirectory;
import vn.hoctap.scheduler.member.MemberRow;
import vn.hoctap.scheduler.stats.CampaignResults;
import vn.hoctap.scheduler.unit.Unit;
import vn.hoctap.scheduler.unit.UnitRepository;
import vn.hoctap.scheduler.unit.UnitRole;
import vn.hoctap.scheduler.unit.UnitRoles;

/**
 * The results report as files: XLSX in the filed layout ({@link OfficialReport}), and CSV. The CSV
 * ({@code csv}) is what Excel on a Vietnamese Windows opens as columns: semicolons, decimal comma,
 * UTF-8 with a BOM; {@code csv-comma} is the comma and decimal-point variant for other tools.
 */
@Component
class ReportFiles {

    static final List<String> HEADERS = OfficialReport.UNIT_HEADERS;
    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final int MAX_MEMBERS = 5_000;

    private final UnitRepository units;
    private final UnitRoles roles;
    private final CellStatus cells;
    private final MemberDirectory directory;
    private final Texts texts;
    private final ZoneId zone;

    ReportFiles(UnitRepository units, UnitRoles roles, CellStatus cells, MemberDirectory directory, Texts texts,
            ZoneId zone) {
        this.units = units;
        this.roles = roles;
        this.cells = cells;
        this.directory = directory;
        this.texts = texts;
        this.zone = zone;
    }

    static boolean knownFormat(String format) {
        return List.of("xlsx", "csv", "csv-comma").contains(format);
    }

    /** The report as a download, {@code format} "xlsx", "csv" or "csv-comma"; the file name names unit and campaign. */
    ResponseEntity<byte[]> download(CampaignResults.Report report, String format, LocalDate today) {
        String base = "bao-cao-ket-qua-" + report.total().unit().id() + "-" + report.campaignId();
        boolean csv = format.startsWith("csv");
        byte[] body = csv ? csv(report, "csv".equals(format)).getBytes(StandardCharsets.UTF_8) : xlsx(report, today);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(base + (csv ? ".csv" : ".xlsx")).build().toString())
                .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : XLSX)
                .body(body);
    }

    byte[] xlsx(CampaignResults.Report report, LocalDate today) {
        return OfficialReport.write(report, context(report), today, zone);
    }

    ReportContext context(CampaignResults.Report report) {
        Unit unit = report.total().unit();
        String superior = unit.parentId() == null ? null : units.findById(unit.parentId()).map(Unit::name).orElse(null);
        String secretary = roles.of(unit.id()).stream().filter(h -> h.role() == UnitRole.SECRETARY).map(UnitRoles.Holder::fullName)
                .findFirst().orElse(null);
        List<ReportContext.MemberLine> members = List.of();
        if (report.children().isEmpty()) {
            Map<Long, MemberRow> rows = directory.list(unit.id(), report.campaignId(), 0, MAX_MEMBERS).stream()
                    .collect(Collectors.toMap(MemberRow::id, Function.identity()));
            members = cells.of(report.campaignId(), unit.id()).stream().limit(MAX_MEMBERS).map(m -> {
                MemberRow row = rows.get(m.memberId());
                return new ReportContext.MemberLine(m.fullName(), row == null ? null : row.externalRef(), m.done(),
                        row != null && row.quizPassed(), row != null && row.reflection(),
                        m.done() ? texts.get("report.done") : capitalised(texts.get("cell.state." + m.state())));
            }).toList();
        }
        return new ReportContext(superior, secretary, members);
    }

    String csv(CampaignResults.Report report, boolean vietnameseExcel) {
        DecimalFormat decimal = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(vietnameseExcel ? Locale.forLanguageTag("vi")
                : Locale.ROOT));
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(vietnameseExcel ? ';' : ',').setHeader(HEADERS.toArray(String[]::new))
                .get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (int i = 0; i < report.children().size(); i++) {
                csv.printRecord(values(Integer.toString(i + 1), report.children().get(i), decimal));
            }
            List<Object> total = values("", report.total(), decimal);
            total.set(1, "Tổng cộng");
            csv.printRecord(total);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<Object> values(String number, CampaignResults.Line l, DecimalFormat decimal) {
        return new ArrayList<>(List.of(number, l.unit().name(), l.members(), l.studied(), decimal.format(l.studiedPercent()),
                l.quizPassed(), l.reflections(), l.notDone()));
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

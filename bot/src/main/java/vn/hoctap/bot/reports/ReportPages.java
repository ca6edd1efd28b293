package vn.hoctap.bot.reports;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hoctap.bot.access.UnitScope;
import vn.hoctap.bot.web.DashboardPage;
import vn.hoctap.scheduler.stats.CampaignResults;

/** The results report download from the dashboard (session login), same files as the API's. */
@DashboardPage
class ReportPages {

    private final CampaignResults results;
    private final ReportFiles files;
    private final UnitScope scope;
    private final Clock clock;
    private final ZoneId zone;

    ReportPages(CampaignResults results, ReportFiles files, UnitScope scope, Clock clock,
            @Value("${hoctap.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        this.results = results;
        this.files = files;
        this.scope = scope;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping("/units/{id}/report")
    ResponseEntity<byte[]> download(@PathVariable long id, @RequestParam long campaign,
            @RequestParam(defaultValue = "xlsx") String format) {
        scope.requireUnit(id);
        scope.requireCampaign(campaign);
        CampaignResults.Report report = results.forUnit(id, campaign);
        String base = "bao-cao-ket-qua-" + id + "-" + campaign;
        if ("csv".equals(format)) {
            return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, attachment(base + ".csv"))
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(files.csv(report).getBytes(StandardCharsets.UTF_8));
        }
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, attachment(base + ".xlsx"))
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(files.xlsx(report, LocalDate.now(clock.withZone(zone))));
    }

    private static String attachment(String name) {
        return ContentDisposition.attachment().filename(name).build().toString();
    }
}

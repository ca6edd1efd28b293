package vn.hoctap.bot.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hoctap.bot.access.UnitScope;
import vn.hoctap.scheduler.stats.CampaignResults;

/** The results report of a campaign for a unit, as XLSX (default), CSV or JSON. */
@RestController
class ReportController {

    private final CampaignResults results;
    private final ReportFiles files;
    private final Clock clock;
    private final ZoneId zone;
    private final UnitScope scope;

    ReportController(CampaignResults results, ReportFiles files, Clock clock, ZoneId zone,
            UnitScope scope) {
        this.scope = scope;
        this.results = results;
        this.files = files;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping("/api/reports/units/{unitId}")
    ResponseEntity<?> report(@PathVariable long unitId, @RequestParam("campaign") long campaignId,
            @RequestParam(name = "format", defaultValue = "xlsx") String format) {
        scope.requireUnit(unitId);
        scope.requireCampaign(campaignId);
        CampaignResults.Report report = results.forUnit(unitId, campaignId);
        switch (format) {
            case "json":
                return ResponseEntity.ok(report);
            case "csv":
            case "csv-comma":
            case "xlsx":
                return files.download(report, format, LocalDate.now(clock.withZone(zone)));
            default:
                throw new IllegalArgumentException("format must be xlsx, csv (semicolons, decimal comma), csv-comma or json");
        }
    }
}

package vn.hoctap.bot.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

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
            ZoneId zone) {
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
        return files.download(results.forUnit(id, campaign), format, LocalDate.now(clock.withZone(zone)));
    }
}

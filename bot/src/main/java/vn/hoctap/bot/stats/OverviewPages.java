package vn.hoctap.bot.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.hoctap.bot.access.UnitScope;
import vn.hoctap.bot.web.DashboardPage;
import vn.hoctap.scheduler.stats.CampaignDashboard;
import vn.hoctap.scheduler.stats.CampaignSummary;
import vn.hoctap.scheduler.unit.Unit;
import vn.hoctap.scheduler.unit.UnitRepository;

/** The landing page: each active campaign in the login's reach with completion, deadline and the last week's trend. */
@DashboardPage
class OverviewPages {

    private final CampaignDashboard dashboard;
    private final UnitRepository units;
    private final UnitScope scope;

    private final java.time.ZoneId zone;

    OverviewPages(CampaignDashboard dashboard, UnitRepository units, UnitScope scope,
            @org.springframework.beans.factory.annotation.Value("${hoctap.time-zone:Asia/Ho_Chi_Minh}") java.time.ZoneId zone) {
        this.zone = zone;
        this.dashboard = dashboard;
        this.units = units;
        this.scope = scope;
    }

    @GetMapping("/")
    String overview(Model model) {
        Map<Unit, List<CampaignSummary>> byRoot = new LinkedHashMap<>();
        Map<Long, String> trends = new LinkedHashMap<>();
        for (long root : scope.roots()) {
            List<CampaignSummary> campaigns = dashboard.campaigns(root);
            units.findById(root).ifPresent(u -> byRoot.put(u, campaigns));
            campaigns.forEach(c -> trends.put(root * 1_000_000L + c.campaignId(), Charts.line(c.lastSevenDays().stream()
                    .map(d -> new Charts.Point(d.day().toString(), d.confirmations())).toList())));
        }
        model.addAttribute("byRoot", byRoot);
        model.addAttribute("trends", trends);
        model.addAttribute("zone", zone);
        return "overview";
    }
}

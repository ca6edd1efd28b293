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


    OverviewPages(CampaignDashboard dashboard, UnitRepository units, UnitScope scope) {
        this.dashboard = dashboard;
        this.units = units;
        this.scope = scope;
    }

    /** One campaign line of the overview: its figures and its last week as a small SVG line. */
    record Line(CampaignSummary campaign, String trend) {
    }

    @GetMapping("/")
    String overview(Model model) {
        Map<Unit, List<Line>> byRoot = new LinkedHashMap<>();
        for (long root : scope.roots()) {
            units.findById(root).ifPresent(u -> byRoot.put(u, dashboard.campaigns(root).stream()
                    .map(c -> new Line(c, Charts.line(c.lastSevenDays().stream()
                            .map(d -> new Charts.Point(d.day().toString(), d.confirmations())).toList())))
                    .toList()));
        }
        model.addAttribute("byRoot", byRoot);
        return "overview";
    }
}

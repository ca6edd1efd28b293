package vn.hoctap.bot.stats;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.hoctap.bot.access.UnitScope;
import vn.hoctap.bot.web.DashboardPage;
import vn.hoctap.bot.web.UserMessages;
import vn.hoctap.scheduler.stats.CampaignDashboard;
import vn.hoctap.scheduler.stats.CampaignSummary;
import vn.hoctap.scheduler.unit.Unit;
import vn.hoctap.scheduler.unit.UnitRepository;

/** The landing page: each active campaign in the login's reach with completion, deadline and the last week's trend. */
@DashboardPage
class OverviewPages {

    private final CampaignDashboard dashboard;
    private final UnitRepository units;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

    private final UnitScope scope;
    private final UserMessages text;

    OverviewPages(CampaignDashboard dashboard, UnitRepository units, UnitScope scope, UserMessages text) {
        this.text = text;
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
        scope.firstRoot(); // a new installation starts on the organisation page
        for (long root : scope.roots()) {
            units.findById(root).ifPresent(u -> byRoot.put(u, dashboard.campaigns(root).stream()
                    .map(c -> new Line(c, Charts.days(c.lastSevenDays().stream()
                            .map(d -> new Charts.Point(DAY.format(d.day()), d.confirmations())).toList(), text.text("web.chart.today"),
                            new Charts.Names(text.text("web.overview.trend"), text.text("web.chart.daysDesc", c.name()),
                                    LocaleContextHolder.getLocale()))))
                    .toList()));
        }
        model.addAttribute("byRoot", byRoot);
        return "overview";
    }
}

package vn.hoctap.bot.stats;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hoctap.bot.access.UnitScope;
import vn.hoctap.bot.web.DashboardPage;
import vn.hoctap.bot.web.UserMessages;
import vn.hoctap.scheduler.campaign.Campaign;
import vn.hoctap.scheduler.campaign.CampaignRepository;
import vn.hoctap.scheduler.campaign.Lagging;
import vn.hoctap.scheduler.member.MemberDirectory;
import vn.hoctap.scheduler.member.MemberRow;
import vn.hoctap.scheduler.stats.CampaignChoice;
import vn.hoctap.scheduler.stats.CampaignDashboard;
import vn.hoctap.scheduler.stats.CampaignProgress;
import vn.hoctap.scheduler.stats.UnitProgress;
import vn.hoctap.scheduler.unit.Unit;
import vn.hoctap.scheduler.unit.UnitRepository;

/**
 * The units page: one unit's figures for a campaign, its child units (bar chart, lagging ones
 * highlighted, each a drill-down link), confirmations over time, and for a cell its members.
 */
@DashboardPage
class UnitPages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

    private final CampaignDashboard dashboard;
    private final MemberDirectory directory;
    private final UnitRepository units;
    private final UnitScope scope;
    private final UserMessages text;
    private final CampaignRepository campaignsById;

    UnitPages(CampaignDashboard dashboard, MemberDirectory directory, UnitRepository units, UnitScope scope, UserMessages text,
            CampaignRepository campaignsById) {
        this.text = text;
        this.campaignsById = campaignsById;
        this.dashboard = dashboard;
        this.directory = directory;
        this.units = units;
        this.scope = scope;
    }

    @GetMapping("/units")
    String root(@RequestParam(required = false) Long campaign) {
        return "redirect:/units/" + scope.firstRoot() + (campaign == null ? "" : "?campaign=" + campaign);
    }

    @GetMapping("/units/{id}")
    String unit(@PathVariable long id, @RequestParam(required = false) Long campaign, Model model) {
        scope.requireUnit(id);
        Unit unit = units.findById(id).orElseThrow(() -> new NoSuchElementException("unit " + id));
        List<CampaignChoice> campaigns = dashboard.choices(id);
        model.addAttribute("unit", unit);
        model.addAttribute("trail", trail(unit));
        model.addAttribute("campaigns", campaigns);
        Long chosen = campaign != null ? campaign : campaigns.isEmpty() ? null : campaigns.get(0).campaignId();
        if (chosen != null) {
            scope.requireCampaign(chosen);
            CampaignProgress progress = dashboard.progress(id, chosen);
            int threshold = campaignsById.findById(chosen).map(Campaign::laggingPercent).orElse(100);
            model.addAttribute("campaignId", chosen);
            model.addAttribute("progress", progress);
            model.addAttribute("lagging", progress.children().stream().filter(c -> lags(c, threshold)).map(c -> c.unit().id()).toList());
            Locale locale = LocaleContextHolder.getLocale();
            model.addAttribute("barChart", Charts.bars(progress.children().stream().map(c -> new Charts.Bar(c.unit().name(),
                    c.percent(), lags(c, threshold))).toList(), new Charts.Names(text.text("web.units.barChart"),
                    text.text("web.chart.barsDesc", unit.name()), locale)));
            model.addAttribute("lineChart", Charts.line(progress.confirmationsByDay().stream()
                    .map(d -> new Charts.Point(DAY.format(d.day()), d.cumulative())).toList(), new Charts.Names(
                    text.text("web.units.lineChart"), text.text("web.chart.lineDesc", unit.name()), locale)));
            if (progress.children().isEmpty()) {
                // A cell's secretary acts on who has not finished: those come first (the order is otherwise kept).
                model.addAttribute("members", directory.list(id, chosen, 0, 500).stream()
                        .sorted(Comparator.comparing(MemberRow::studied)).toList());
                model.addAttribute("mayRemind", !scope.current().isAdmin() && scope.current().memberId() != null);
            }
        } else if (units.children(id).isEmpty()) {
            model.addAttribute("members", directory.list(id, null, 0, 500));
        }
        return "units";
    }

    /** Ancestors the login may open, from the top down, for the breadcrumb. */
    private List<Unit> trail(Unit unit) {
        List<Unit> trail = new ArrayList<>();
        for (String part : unit.path().split("/")) {
            if (part.isEmpty() || Long.parseLong(part) == unit.id()) {
                continue;
            }
            long ancestor = Long.parseLong(part);
            if (scope.reachesUnit(ancestor)) { // units above the login's own are left out
                units.findById(ancestor).ifPresent(trail::add);
            }
        }
        return trail;
    }

    private static boolean lags(UnitProgress child, int threshold) {
        return Lagging.lags(child.studied(), child.members(), threshold);
    }
}

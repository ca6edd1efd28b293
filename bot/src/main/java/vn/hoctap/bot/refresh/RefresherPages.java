package vn.hoctap.bot.refresh;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hoctap.bot.access.UnitScope;
import vn.hoctap.bot.web.DashboardPage;
import vn.hoctap.scheduler.campaign.CampaignRepository;
import vn.hoctap.scheduler.refresh.Refreshers;
import vn.hoctap.scheduler.refresh.Retention;

/**
 * A campaign's refreshers on the dashboard: whether they are on (admins switch them) and retention
 * by unit, the share of refresher questions answered right at each interval, with drill-down.
 */
@Controller
@DashboardPage
class RefresherPages {

    private final Refreshers refreshers;
    private final Retention retention;
    private final CampaignRepository campaigns;
    private final UnitScope scope;

    RefresherPages(Refreshers refreshers, Retention retention, CampaignRepository campaigns, UnitScope scope) {
        this.refreshers = refreshers;
        this.retention = retention;
        this.campaigns = campaigns;
        this.scope = scope;
    }

    @GetMapping("/campaigns/{id}/retention")
    String page(@PathVariable long id, @RequestParam(required = false) Long unit, Model model) {
        scope.requireCampaign(id);
        var campaign = campaigns.findById(id).orElseThrow(() -> new java.util.NoSuchElementException("campaign " + id));
        long unitId = unit != null ? unit : startUnit(id);
        scope.requireUnit(unitId);
        model.addAttribute("campaign", campaign);
        model.addAttribute("enabled", refreshers.enabled(id));
        model.addAttribute("admin", scope.current().isAdmin());
        model.addAttribute("table", retention.byUnit(id, unitId));
        return "campaigns/retention";
    }

    @PostMapping("/campaigns/{id}/refreshers")
    String toggle(@PathVariable long id, @RequestParam boolean enabled) {
        scope.requireCampaign(id);
        if (!scope.current().isAdmin()) {
            throw new AccessDeniedException("only admins switch refreshers");
        }
        refreshers.enable(id, enabled);
        return "redirect:/campaigns/" + id + "/retention";
    }

    /** The campaign's first audience unit within the viewer's reach (their own unit for a secretary). */
    private long startUnit(long campaignId) {
        Long own = scope.current().unitId();
        return campaigns.audience(campaignId).stream().filter(scope::reachesUnit).findFirst()
                .orElse(own != null ? own : campaigns.audience(campaignId).get(0));
    }
}

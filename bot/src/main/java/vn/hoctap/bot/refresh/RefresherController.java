package vn.hoctap.bot.refresh;

import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hoctap.bot.access.UnitScope;
import vn.hoctap.scheduler.campaign.CampaignRepository;
import vn.hoctap.scheduler.refresh.Refreshers;
import vn.hoctap.scheduler.refresh.Retention;

/** The refreshers API: switch them for a campaign (admins), read retention by unit. */
@RestController
class RefresherController {

    record Switch(Boolean enabled) {
    }

    private final Refreshers refreshers;
    private final Retention retention;
    private final CampaignRepository campaigns;
    private final UnitScope scope;

    RefresherController(Refreshers refreshers, Retention retention, CampaignRepository campaigns, UnitScope scope) {
        this.refreshers = refreshers;
        this.retention = retention;
        this.campaigns = campaigns;
        this.scope = scope;
    }

    @PutMapping("/api/campaigns/{id}/refreshers")
    Map<String, Object> toggle(@PathVariable long id, @RequestBody Switch body) {
        scope.requireCampaign(id);
        if (!scope.current().isAdmin()) {
            throw new AccessDeniedException("only admins switch refreshers");
        }
        if (body == null || body.enabled() == null) {
            throw new IllegalArgumentException("give {\"enabled\": true|false}");
        }
        campaigns.findById(id).orElseThrow(() -> new java.util.NoSuchElementException("no campaign " + id));
        refreshers.enable(id, body.enabled());
        return Map.of("campaignId", id, "refreshers", body.enabled());
    }

    @GetMapping("/api/campaigns/{id}/retention")
    Retention.Table retention(@PathVariable long id, @RequestParam long unit) {
        scope.requireCampaign(id);
        scope.requireUnit(unit);
        return retention.byUnit(id, unit);
    }
}

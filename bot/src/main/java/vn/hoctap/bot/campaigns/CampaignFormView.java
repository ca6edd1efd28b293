package vn.hoctap.bot.campaigns;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.hoctap.bot.access.UnitScope;
import vn.hoctap.bot.web.UnitPicker;
import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.scheduler.campaign.Campaign;
import vn.hoctap.scheduler.campaign.Campaigns;
import vn.hoctap.scheduler.campaign.NewCampaign;
import vn.hoctap.scheduler.unit.UnitRepository;

/**
 * Renders the one campaign form, for a new campaign or an edit: the choices (documents, the unit
 * tree of the login's reach), whether the login chooses the reminder plan (the service's rule), and
 * when editing, the campaign and whether its start is already fixed. The tree leaves cells out (a
 * province has thousands), so chosen units it does not show (a cell in a campaign's audience) are
 * listed beside it, checked: saving an edit never drops them unseen.
 */
@Component
class CampaignFormView {

    private final Campaigns campaigns;
    private final DocumentRepository documents;
    private final UnitScope scope;
    private final UnitPicker picker;
    private final UnitRepository units;
    private final Clock clock;

    CampaignFormView(Campaigns campaigns, DocumentRepository documents, UnitScope scope, UnitPicker picker, UnitRepository units,
            Clock clock) {
        this.units = units;
        this.campaigns = campaigns;
        this.documents = documents;
        this.scope = scope;
        this.picker = picker;
        this.clock = clock;
    }

    /** @param editing the campaign being edited, null for a new one */
    String render(CampaignForm form, Model model, Campaign editing) {
        model.addAttribute("form", form);
        model.addAttribute("documents", documents.findAll());
        List<UnitPicker.Node> nodes = picker.tree(scope.subtreePattern(), false);
        Set<Long> shown = new HashSet<>();
        collect(nodes, shown);
        model.addAttribute("nodes", nodes);
        model.addAttribute("otherUnits", form.getUnitIds().stream().distinct().filter(id -> !shown.contains(id))
                .limit(NewCampaign.MAX_UNITS).map(units::findById).flatMap(java.util.Optional::stream).toList());
        model.addAttribute("choosesPlan", campaigns.choosesReminderPlan(scope.requester()));
        model.addAttribute("editing", editing);
        model.addAttribute("startFixed", editing != null && !editing.startsAt().isAfter(clock.instant()));
        return "campaigns/new";
    }

    private static void collect(List<UnitPicker.Node> nodes, Set<Long> ids) {
        for (UnitPicker.Node n : nodes) {
            ids.add(n.id());
            collect(n.children(), ids);
        }
    }
}

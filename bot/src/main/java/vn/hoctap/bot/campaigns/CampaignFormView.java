package vn.hoctap.bot.campaigns;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.hoctap.bot.access.UnitScope;
import vn.hoctap.bot.web.UnitPicker;
import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.scheduler.campaign.Campaign;
import vn.hoctap.scheduler.campaign.Campaigns;

/**
 * Renders the one campaign form, for a new campaign or an edit: the choices (documents, the unit
 * tree of the login's reach), whether the login chooses the reminder plan (the service's rule), and
 * when editing, the campaign and whether its start is already fixed.
 */
@Component
class CampaignFormView {

    private final Campaigns campaigns;
    private final DocumentRepository documents;
    private final UnitScope scope;
    private final UnitPicker picker;
    private final Clock clock;

    CampaignFormView(Campaigns campaigns, DocumentRepository documents, UnitScope scope, UnitPicker picker, Clock clock) {
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
        model.addAttribute("nodes", picker.tree(scope.subtreePattern(), false));
        model.addAttribute("choosesPlan", campaigns.choosesReminderPlan(scope.requester()));
        model.addAttribute("editing", editing);
        model.addAttribute("startFixed", editing != null && !editing.startsAt().isAfter(clock.instant()));
        return "campaigns/new";
    }
}

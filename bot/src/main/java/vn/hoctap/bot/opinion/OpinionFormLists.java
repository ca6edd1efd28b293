package vn.hoctap.bot.opinion;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.hoctap.bot.access.UnitScope;
import vn.hoctap.scheduler.campaign.CampaignRepository;
import vn.hoctap.scheduler.opinion.OpinionFormList;

/**
 * Puts the list of opinion forms on the campaign and conference pages ({@code fragments/opinion-forms.html}),
 * counted within the login's subtree, with the unit the results and CSV links open on. The page
 * itself has already checked the campaign is in the login's reach.
 */
@Component
public class OpinionFormLists {

    private final OpinionFormList list;
    private final CampaignRepository campaigns;
    private final UnitScope scope;

    OpinionFormLists(OpinionFormList list, CampaignRepository campaigns, UnitScope scope) {
        this.list = list;
        this.campaigns = campaigns;
        this.scope = scope;
    }

    /** @param conferenceId only this conference's forms, or null for every form of the campaign */
    public void addTo(Model model, long campaignId, Long conferenceId) {
        model.addAttribute("opinionForms", list.of(campaignId, conferenceId, scope.subtreePattern()));
        model.addAttribute("opinionUnit", unit(campaignId));
    }

    /**
     * The unit the results and CSV links open on: the campaign's first audience unit inside the
     * login's subtree (an admin's province, a district secretary's commune…), else the login's own
     * unit, which then lies inside the audience (a cell secretary's cell).
     */
    private long unit(long campaignId) {
        return campaigns.audience(campaignId).stream().filter(scope::reachesUnit).findFirst().orElseGet(scope::firstRoot);
    }
}

package vn.hoctap.bot.campaigns;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import vn.hoctap.bot.access.UnitScope;
import vn.hoctap.bot.audit.AuditTrail;
import vn.hoctap.bot.web.DashboardPage;
import vn.hoctap.bot.web.UserMessages;
import vn.hoctap.scheduler.campaign.Campaign;
import vn.hoctap.scheduler.campaign.CampaignEdits;
import vn.hoctap.scheduler.campaign.CampaignRepository;
import vn.hoctap.scheduler.campaign.CampaignState;
import vn.hoctap.scheduler.campaign.Campaigns;
import vn.hoctap.scheduler.rules.RuleViolation;

/**
 * "Sửa đợt": the campaign form bound to a running campaign, prefilled with its current values. What
 * an edit does to reminders, assignments and members who are done, and what a secretary may change,
 * are {@link CampaignEdits}' rules; a refusal comes back beside its field with what was typed.
 */
@DashboardPage
class CampaignEditPages {

    private final Campaigns campaigns;
    private final CampaignEdits edits;
    private final CampaignRepository repository;
    private final CampaignFormView formView;
    private final UnitScope scope;
    private final UserMessages text;
    private final Clock clock;
    private final ZoneId zone;

    CampaignEditPages(Campaigns campaigns, CampaignEdits edits, CampaignRepository repository, CampaignFormView formView, UnitScope scope,
            UserMessages text, Clock clock, ZoneId zone) {
        this.campaigns = campaigns;
        this.edits = edits;
        this.repository = repository;
        this.formView = formView;
        this.scope = scope;
        this.text = text;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping("/campaigns/{id}/edit")
    String form(@PathVariable long id, Model model, RedirectAttributes redirect) {
        Campaign c = editable(id);
        if (CampaignState.of(c, clock.instant()) != CampaignState.ACTIVE) {
            redirect.addFlashAttribute("error", text.of(new RuleViolation(null, "rule.campaign.notActive", "campaign is over")));
            return "redirect:/campaigns/" + id;
        }
        return formView.render(CampaignForm.of(c, repository.documents(id), repository.audience(id), zone), model, c);
    }

    @PostMapping("/campaigns/{id}/edit")
    String save(@PathVariable long id, @ModelAttribute("form") CampaignForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, HttpServletRequest request) {
        Campaign c = editable(id);
        form.checkNumbers(binding);
        if (binding.hasErrors()) {
            return formView.render(form, model, c);
        }
        try {
            CampaignEdits.Edited edited = edits.update(id, form.toRequest(zone), scope.requester());
            request.setAttribute(AuditTrail.CHANGES, String.join(",", edited.changes()));
            redirect.addFlashAttribute("edited", true);
            return "redirect:/campaigns/" + id;
        } catch (RuleViolation e) {
            CampaignForm.reject(binding, e);
            return formView.render(form, model, c);
        }
    }

    /** The campaign if this login may change it: 403 outside its reach or when another unit created it, 404 unknown. */
    private Campaign editable(long id) {
        scope.requireCampaign(id);
        return campaigns.get(id, scope.requester());
    }
}

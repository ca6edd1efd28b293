package vn.hoctap.bot.opinion;

import java.util.NoSuchElementException;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoctap.bot.access.UnitScope;
import vn.hoctap.bot.web.DashboardPage;
import vn.hoctap.scheduler.campaign.Campaign;
import vn.hoctap.scheduler.campaign.CampaignRepository;
import vn.hoctap.scheduler.conference.Conference;
import vn.hoctap.scheduler.conference.ConferenceRepository;
import vn.hoctap.scheduler.opinion.OpinionForms;
import vn.hoctap.scheduler.rules.RuleViolation;

/**
 * Creating an opinion form from the dashboard (it was API-only): for a campaign's audience or, when
 * reached from a conference page, for its convened members. Same scope rule as the API: the
 * campaign must be in the login's reach.
 */
@DashboardPage
class OpinionFormPages {

    private final OpinionForms forms;
    private final CampaignRepository campaigns;
    private final ConferenceRepository conferences;
    private final UnitScope scope;

    OpinionFormPages(OpinionForms forms, CampaignRepository campaigns, ConferenceRepository conferences, UnitScope scope) {
        this.forms = forms;
        this.campaigns = campaigns;
        this.conferences = conferences;
        this.scope = scope;
    }

    @GetMapping("/opinion-forms/new")
    String form(@RequestParam long campaign, @RequestParam(required = false) Long conference, Model model) {
        OpinionFormForm form = new OpinionFormForm();
        form.setCampaignId(campaign);
        form.setConferenceId(conference);
        return showForm(form, model);
    }

    @PostMapping("/opinion-forms")
    String create(@ModelAttribute("form") OpinionFormForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (form.getCampaignId() == null) {
            throw new NoSuchElementException("campaign");
        }
        String page = showForm(form, model);
        if (binding.hasErrors()) {
            return page;
        }
        try {
            OpinionForms.Form created = forms.create(form.toRequest());
            redirect.addFlashAttribute("created", true);
            return "redirect:/opinion-forms/" + created.id();
        } catch (RuleViolation e) {
            binding.rejectValue(e.field() == null ? "questions" : e.field(), e.key(), e.args(), e.getMessage());
            return page;
        }
    }

    /** Checks the scope (campaign in reach, conference of that campaign) and fills the page. */
    private String showForm(OpinionFormForm form, Model model) {
        scope.requireCampaign(form.getCampaignId());
        Campaign campaign = campaigns.findById(form.getCampaignId())
                .orElseThrow(() -> new NoSuchElementException("campaign " + form.getCampaignId()));
        Conference conference = null;
        if (form.getConferenceId() != null) {
            conference = conferences.findById(form.getConferenceId()).filter(c -> c.campaignId() == campaign.id())
                    .orElseThrow(() -> new NoSuchElementException("conference " + form.getConferenceId()));
        }
        model.addAttribute("form", form);
        model.addAttribute("campaign", campaign);
        model.addAttribute("conference", conference);
        return "opinion/new";
    }
}

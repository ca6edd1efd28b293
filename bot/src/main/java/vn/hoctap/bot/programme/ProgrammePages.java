package vn.hoctap.bot.programme;

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
import vn.hoctap.scheduler.campaign.CampaignRepository;
import vn.hoctap.scheduler.programme.ActionProgrammes;
import vn.hoctap.scheduler.rules.RuleViolation;
import vn.hoctap.scheduler.unit.UnitRepository;

/**
 * A committee's action programme for a campaign on the dashboard (it was API-only): the draft
 * (each save a new version), "Ban hành" with a confirmation, and the standing of the units below.
 * Same scope rules as the API: the campaign and the unit in the login's reach.
 */
@DashboardPage
class ProgrammePages {

    private final ActionProgrammes programmes;
    private final CampaignRepository campaigns;
    private final UnitRepository units;
    private final UnitScope scope;

    ProgrammePages(ActionProgrammes programmes, CampaignRepository campaigns, UnitRepository units, UnitScope scope) {
        this.programmes = programmes;
        this.campaigns = campaigns;
        this.units = units;
        this.scope = scope;
    }

    @GetMapping("/action-programmes")
    String show(@RequestParam long campaign, @RequestParam(required = false) Long unit, Model model) {
        scope.requireCampaign(campaign);
        long shown = unit != null ? unit : scope.roots().get(0);
        scope.requireUnit(shown);
        ProgrammeForm form = new ProgrammeForm();
        form.setCampaignId(campaign);
        form.setUnitId(shown);
        programmes.of(campaign, shown).ifPresent(p -> {
            form.setTitle(p.title());
            form.setBody(p.body());
        });
        return page(form, model);
    }

    @PostMapping("/action-programmes")
    String save(@ModelAttribute("form") ProgrammeForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (form.getCampaignId() == null || form.getUnitId() == null) {
            throw new NoSuchElementException("campaign or unit");
        }
        scope.requireCampaign(form.getCampaignId());
        scope.requireUnit(form.getUnitId());
        if (binding.hasErrors()) {
            return page(form, model);
        }
        try {
            programmes.upload(form.getCampaignId(), form.getUnitId(), form.getTitle(), form.getBody());
        } catch (RuleViolation e) {
            binding.rejectValue(e.field() == null ? "body" : e.field(), e.key(), e.args(), e.getMessage());
            return page(form, model);
        } catch (IllegalStateException alreadyIssued) {
            binding.reject("web.prog.alreadyIssued", "already issued");
            return page(form, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/action-programmes?campaign=" + form.getCampaignId() + "&unit=" + form.getUnitId();
    }

    @PostMapping("/action-programmes/issue")
    String issue(@RequestParam long campaign, @RequestParam long unit, RedirectAttributes redirect) {
        scope.requireCampaign(campaign);
        scope.requireUnit(unit);
        programmes.issue(campaign, unit);
        redirect.addFlashAttribute("issued", true);
        return "redirect:/action-programmes?campaign=" + campaign + "&unit=" + unit;
    }

    private String page(ProgrammeForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("campaign", campaigns.findById(form.getCampaignId())
                .orElseThrow(() -> new NoSuchElementException("campaign " + form.getCampaignId())));
        model.addAttribute("unit", units.findById(form.getUnitId()).orElseThrow(() -> new NoSuchElementException("unit " + form.getUnitId())));
        model.addAttribute("programme", programmes.of(form.getCampaignId(), form.getUnitId()).orElse(null));
        model.addAttribute("children", programmes.children(form.getCampaignId(), form.getUnitId()));
        return "programme/show";
    }
}

package vn.hoctap.bot.conference;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoctap.bot.access.UnitScope;
import vn.hoctap.bot.web.DashboardPage;
import vn.hoctap.bot.web.UnitPicker;
import vn.hoctap.bot.web.UserMessages;
import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.scheduler.campaign.Campaign;
import vn.hoctap.scheduler.campaign.CampaignRepository;
import vn.hoctap.scheduler.campaign.CampaignState;
import vn.hoctap.scheduler.campaign.Campaigns;
import vn.hoctap.scheduler.conference.Conference;
import vn.hoctap.scheduler.conference.ConferenceRepository;
import vn.hoctap.scheduler.conference.Conferences;
import vn.hoctap.scheduler.rules.RuleViolation;

/**
 * The organiser's dashboard side of conferences that was API-only: the "Tạo hội nghị" form (bound
 * to {@link ConferenceForm}, refused fields marked, input kept) and "Kết thúc hội nghị". The rules
 * and scope are the API's: the campaign must be in the login's reach and every point in its subtree.
 */
@DashboardPage
class ConferenceFormPages {

    private final Conferences conferences;
    private final ConferenceRepository repository;
    private final Campaigns campaigns;
    private final CampaignRepository campaignRepository;
    private final DocumentRepository documents;
    private final UnitScope scope;
    private final UnitPicker picker;
    private final UserMessages text;
    private final Clock clock;
    private final ZoneId zone;

    ConferenceFormPages(Conferences conferences, ConferenceRepository repository, Campaigns campaigns,
            CampaignRepository campaignRepository, DocumentRepository documents, UnitScope scope, UnitPicker picker, UserMessages text,
            Clock clock, ZoneId zone) {
        this.conferences = conferences;
        this.repository = repository;
        this.campaigns = campaigns;
        this.campaignRepository = campaignRepository;
        this.documents = documents;
        this.scope = scope;
        this.picker = picker;
        this.text = text;
        this.clock = clock;
        this.zone = zone;
    }

    /** Without a campaign: choose one of the active campaigns in reach; with one: the form, its documents all ticked. */
    @GetMapping("/conferences/new")
    String form(@RequestParam(required = false) Long campaign, Model model) {
        ConferenceForm form = new ConferenceForm();
        if (campaign != null) {
            scope.requireCampaign(campaign);
            form.setCampaignId(campaign);
            form.setDocumentIds(campaignRepository.documents(campaign));
        }
        LocalDate tomorrow = LocalDate.now(clock.withZone(zone)).plusDays(1);
        form.setStartsAt(tomorrow.atTime(LocalTime.of(8, 0)));
        form.setEndsAt(tomorrow.atTime(LocalTime.of(11, 0)));
        form.setPlace(text.text("web.confnew.defaultPlace"));
        return showForm(form, model);
    }

    @PostMapping("/conferences")
    String create(@ModelAttribute("form") ConferenceForm form, BindingResult binding, @RequestParam(required = false) String refresh,
            Model model, RedirectAttributes redirect) {
        if (form.getCampaignId() == null) {
            return showForm(form, model);
        }
        scope.requireCampaign(form.getCampaignId());
        form.checkNumbers(binding);
        if (binding.hasErrors() || refresh != null) {
            return showForm(form, model);
        }
        try {
            Conference c = conferences.create(form.toRequest(zone), scope.requester());
            redirect.addFlashAttribute("created", true);
            return "redirect:/conferences/" + c.id();
        } catch (RuleViolation e) {
            if (e.field() == null) {
                binding.reject(e.key(), e.args(), e.getMessage());
            } else {
                binding.rejectValue(e.field(), e.key(), e.args(), e.getMessage());
            }
            return showForm(form, model);
        }
    }

    /** Closes the conference now: absentees are queued their make-up study (the API's {@code POST /api/conferences/{id}/end}). */
    @PostMapping("/conferences/{id}/end")
    String end(@PathVariable long id, RedirectAttributes redirect) {
        Conference c = repository.findById(id).orElseThrow(() -> new java.util.NoSuchElementException("conference " + id));
        scope.requireCampaign(c.campaignId());
        redirect.addFlashAttribute("endedMessages", conferences.end(c, scope.requester()));
        return "redirect:/conferences/" + id;
    }

    private String showForm(ConferenceForm form, Model model) {
        List<Campaign> choices = campaigns.history(scope.requester(), CampaignState.ACTIVE);
        model.addAttribute("form", form);
        model.addAttribute("campaigns", choices);
        if (form.getCampaignId() != null) {
            Campaign chosen = campaignRepository.findById(form.getCampaignId())
                    .orElseThrow(() -> new java.util.NoSuchElementException("campaign " + form.getCampaignId()));
            List<UnitPicker.Node> nodes = picker.tree(scope.subtreePattern(), false);
            Map<Long, String> names = new LinkedHashMap<>();
            flatten(nodes, names);
            model.addAttribute("campaign", chosen);
            model.addAttribute("documents", campaignRepository.documents(chosen.id()).stream()
                    .map(d -> documents.findById(d).orElseThrow()).toList());
            model.addAttribute("nodes", nodes);
            model.addAttribute("chosenPoints", form.getUnitIds().stream().distinct().filter(names::containsKey)
                    .map(u -> new ChosenPoint(u, names.get(u), form.getPlaces().getOrDefault(u, ""))).toList());
        }
        return "conferences/new";
    }

    private static void flatten(List<UnitPicker.Node> nodes, Map<Long, String> names) {
        for (UnitPicker.Node n : nodes) {
            names.put(n.id(), n.name());
            flatten(n.children(), names);
        }
    }

    /** A ticked unit in the points table, with the place typed for it (blank: the place for all). */
    record ChosenPoint(long unitId, String unitName, String place) {
    }
}

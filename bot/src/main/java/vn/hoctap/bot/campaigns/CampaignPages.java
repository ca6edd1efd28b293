package vn.hoctap.bot.campaigns;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoctap.bot.access.UnitScope;
import vn.hoctap.bot.opinion.OpinionFormLists;
import vn.hoctap.bot.web.DashboardPage;
import vn.hoctap.bot.web.UserMessages;
import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.scheduler.campaign.Campaign;
import vn.hoctap.scheduler.campaign.CampaignRepository;
import vn.hoctap.scheduler.campaign.CampaignState;
import vn.hoctap.scheduler.campaign.Campaigns;
import vn.hoctap.scheduler.campaign.QuizCoverage;
import vn.hoctap.scheduler.delivery.DeliveryProgress;
import vn.hoctap.scheduler.delivery.Outbox;
import vn.hoctap.scheduler.rules.RuleViolation;
import vn.hoctap.scheduler.schedule.CampaignJobs;
import vn.hoctap.scheduler.stats.CampaignDashboard;
import vn.hoctap.scheduler.stats.CampaignSummary;

/**
 * Dashboard pages of campaigns: the history with a state filter, the form (bound to
 * {@link CampaignForm}, refused fields marked), the plan in words, live delivery, new deadline,
 * cancel, the opinion forms sent, a warning when a required quiz has no approved questions. The rules (what a secretary may choose, valid dates) are the {@link Campaigns} service's.
 */
@DashboardPage
class CampaignPages {

    private final Campaigns campaigns;
    private final CampaignRepository repository;
    private final CampaignJobs jobs;
    private final Outbox outbox;
    private final DocumentRepository documents;
    private final CampaignDashboard dashboard;
    private final UnitScope scope;
    private final CampaignFormView formView;
    private final UserMessages text;
    private final DeliveryState deliveryState;
    private final QuizCoverage quizCoverage;
    private final OpinionFormLists opinionForms;
    private final Clock clock;
    private final ZoneId zone;

    CampaignPages(Campaigns campaigns, CampaignRepository repository, CampaignJobs jobs, Outbox outbox, DocumentRepository documents,
            CampaignDashboard dashboard, UnitScope scope, CampaignFormView formView, UserMessages text, DeliveryState deliveryState,
            QuizCoverage quizCoverage, OpinionFormLists opinionForms, Clock clock, ZoneId zone) {
        this.quizCoverage = quizCoverage;
        this.opinionForms = opinionForms;
        this.campaigns = campaigns;
        this.repository = repository;
        this.jobs = jobs;
        this.outbox = outbox;
        this.documents = documents;
        this.dashboard = dashboard;
        this.scope = scope;
        this.formView = formView;
        this.text = text;
        this.deliveryState = deliveryState;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping("/campaigns")
    String list(@RequestParam(required = false) CampaignState state, Model model) {
        Map<Long, CampaignSummary> progress = scope.roots().stream().findFirst().map(root -> dashboard.campaigns(root).stream()
                .collect(Collectors.toMap(CampaignSummary::campaignId, Function.identity(), (a, b) -> a))).orElse(Map.of());
        model.addAttribute("campaigns", campaigns.history(scope.requester(), state).stream()
                .map(c -> new CampaignLine(c, CampaignState.of(c, clock.instant()), progress.get(c.id()))).toList());
        model.addAttribute("state", state);
        model.addAttribute("states", CampaignState.values());
        return "campaigns/list";
    }

    @GetMapping("/campaigns/new")
    String form(Model model) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.MINUTES);
        CampaignForm form = new CampaignForm();
        form.setStartsAt(now);
        form.setDeadline(now.plusDays(14).withHour(17).withMinute(0));
        return showForm(form, model);
    }

    @PostMapping("/campaigns")
    String create(@ModelAttribute("form") CampaignForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        form.checkNumbers(binding);
        if (binding.hasErrors()) {
            return showForm(form, model);
        }
        try {
            Campaign c = campaigns.create(form.toRequest(zone), scope.requester());
            redirect.addFlashAttribute("created", true);
            return "redirect:/campaigns/" + c.id();
        } catch (RuleViolation e) {
            CampaignForm.reject(binding, e);
            return showForm(form, model);
        }
    }

    private String showForm(CampaignForm form, Model model) {
        return formView.render(form, model, null);
    }

    @GetMapping("/campaigns/{id}")
    String show(@PathVariable long id, Model model) {
        scope.requireCampaign(id);
        Campaign c = repository.findById(id).orElseThrow(() -> new NoSuchElementException("campaign " + id));
        model.addAttribute("campaign", c);
        model.addAttribute("state", CampaignState.of(c, clock.instant()));
        List<Long> documentIds = repository.documents(id);
        var shown = documentIds.stream().map(d -> documents.findById(d).orElseThrow()).toList();
        model.addAttribute("documents", shown);
        // A running campaign requiring a quiz that cannot be started (questions un-approved since): members are not asked for it.
        List<Long> noQuiz = c.rules().requireQuiz() && CampaignState.of(c, clock.instant()) == CampaignState.ACTIVE
                ? quizCoverage.withoutQuestions(documentIds) : List.of();
        model.addAttribute("quizGap", shown.stream().filter(d -> noQuiz.contains(d.id())).toList());
        model.addAttribute("plan", jobs.scheduled(id));
        DeliveryProgress delivery = outbox.progress(id, clock.instant());
        model.addAttribute("delivery", delivery);
        model.addAttribute("deliveryView", deliveryState.view(delivery));
        model.addAttribute("deliveryNote", deliveryState.note(delivery));
        model.addAttribute("deadlineLocal", LocalDateTime.ofInstant(c.deadline(), zone).truncatedTo(ChronoUnit.MINUTES));
        opinionForms.addTo(model, id, null);
        model.addAttribute("mayChange", mayChange(c));
        model.addAttribute("mayEdit", mayChange(c) && CampaignState.of(c, clock.instant()) == CampaignState.ACTIVE);
        return "campaigns/show";
    }

    /** Polled by the campaign page every few seconds while messages go out. */
    @GetMapping("/campaigns/{id}/delivery")
    @ResponseBody
    DeliveryState.View delivery(@PathVariable long id) {
        scope.requireCampaign(id);
        return deliveryState.view(outbox.progress(id, clock.instant()));
    }

    @PostMapping("/campaigns/{id}/deadline")
    String deadline(@PathVariable long id, @RequestParam LocalDateTime deadline, RedirectAttributes redirect) {
        try {
            campaigns.editDeadline(id, deadline.atZone(zone).toInstant(), scope.requester());
            redirect.addFlashAttribute("deadlineMoved", true);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", text.of(e));
        }
        return "redirect:/campaigns/" + id;
    }

    @PostMapping("/campaigns/{id}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("cancelledMessages", campaigns.cancel(id, scope.requester()));
        return "redirect:/campaigns/" + id;
    }

    /** Whether this login may move the deadline or cancel: the same check the service makes, so no button leads to a 403. */
    private boolean mayChange(Campaign c) {
        try {
            campaigns.get(c.id(), scope.requester());
            return c.isActive();
        } catch (RuntimeException outOfScope) {
            return false;
        }
    }

    /** One row of the campaign list: the campaign, its state, its progress in the login's reach (null when not counted). */
    record CampaignLine(Campaign campaign, CampaignState state, CampaignSummary progress) {
    }
}

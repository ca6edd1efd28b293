package vn.hoctap.bot.campaigns;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoctap.bot.access.UnitScope;
import vn.hoctap.bot.web.DashboardPage;
import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.scheduler.campaign.Campaign;
import vn.hoctap.scheduler.campaign.CampaignRepository;
import vn.hoctap.scheduler.campaign.Campaigns;
import vn.hoctap.scheduler.campaign.NewCampaign;
import vn.hoctap.scheduler.delivery.DeliveryProgress;
import vn.hoctap.scheduler.delivery.Outbox;
import vn.hoctap.scheduler.schedule.CampaignJobs;

/** Dashboard pages of campaigns: list, create, the reminder plan, live delivery progress, new deadline, cancel. */
@DashboardPage
class CampaignPages {

    /** A unit offered as an audience in the create form, indented by depth. */
    record UnitOption(long id, String name, int depth) {
    }

    private final Campaigns campaigns;
    private final CampaignRepository repository;
    private final CampaignJobs jobs;
    private final Outbox outbox;
    private final DocumentRepository documents;
    private final UnitScope scope;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;

    CampaignPages(Campaigns campaigns, CampaignRepository repository, CampaignJobs jobs, Outbox outbox, DocumentRepository documents,
            UnitScope scope, JdbcClient jdbc, Clock clock, ZoneId zone) {
        this.campaigns = campaigns;
        this.repository = repository;
        this.jobs = jobs;
        this.outbox = outbox;
        this.documents = documents;
        this.scope = scope;
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping("/campaigns")
    String list(Model model) {
        model.addAttribute("campaigns", campaigns.visible(scope.requester()));
        return "campaigns/list";
    }

    @GetMapping("/campaigns/new")
    String form(Model model) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.MINUTES);
        model.addAttribute("documents", documents.findAll());
        model.addAttribute("units", audienceOptions());
        model.addAttribute("startsAt", now);
        model.addAttribute("deadline", now.plusDays(14).withHour(17).withMinute(0));
        return "campaigns/new";
    }

    @PostMapping("/campaigns")
    String create(@RequestParam String name, @RequestParam(name = "documentIds", required = false) List<Long> documentIds,
            @RequestParam(name = "unitIds", required = false) List<Long> unitIds, @RequestParam LocalDateTime startsAt,
            @RequestParam LocalDateTime deadline, @RequestParam(defaultValue = "false") boolean requireQuiz,
            @RequestParam(defaultValue = "false") boolean requireReflection, @RequestParam(defaultValue = "80") int passMark,
            @RequestParam(defaultValue = "false") boolean skipSundays, Model model, RedirectAttributes redirect) {
        try {
            Campaign c = campaigns.create(new NewCampaign(name, documentIds == null ? List.of() : documentIds,
                    unitIds == null ? List.of() : unitIds, startsAt.atZone(zone).toInstant(), deadline.atZone(zone).toInstant(),
                    new Campaign.CompletionRules(true, requireQuiz, requireReflection, passMark),
                    withSundays(skipSundays), false, 80), scope.requester());
            redirect.addFlashAttribute("created", true);
            return "redirect:/campaigns/" + c.id();
        } catch (IllegalArgumentException e) {
            form(model);
            model.addAttribute("error", e.getMessage());
            model.addAttribute("name", name);
            return "campaigns/new";
        }
    }

    @GetMapping("/campaigns/{id}")
    String show(@PathVariable long id, Model model) {
        scope.requireCampaign(id);
        Campaign c = repository.findById(id).orElseThrow(() -> new java.util.NoSuchElementException("campaign " + id));
        model.addAttribute("campaign", c);
        model.addAttribute("documents", repository.documents(id).stream().map(d -> documents.findById(d).orElseThrow()).toList());
        model.addAttribute("plan", jobs.scheduled(id));
        model.addAttribute("delivery", outbox.progress(id, clock.instant()));
        model.addAttribute("deadlineLocal", LocalDateTime.ofInstant(c.deadline(), zone));
        return "campaigns/show";
    }

    /** Polled by the campaign page every few seconds while messages go out. */
    @GetMapping("/campaigns/{id}/delivery")
    @ResponseBody
    DeliveryProgress delivery(@PathVariable long id) {
        scope.requireCampaign(id);
        return outbox.progress(id, clock.instant());
    }

    @PostMapping("/campaigns/{id}/deadline")
    String deadline(@PathVariable long id, @RequestParam LocalDateTime deadline, RedirectAttributes redirect) {
        try {
            campaigns.editDeadline(id, deadline.atZone(zone).toInstant(), scope.requester());
            redirect.addFlashAttribute("deadlineMoved", true);
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/campaigns/" + id;
    }

    @PostMapping("/campaigns/{id}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("cancelledMessages", campaigns.cancel(id, scope.requester()));
        return "redirect:/campaigns/" + id;
    }

    private static Campaign.ReminderSettings withSundays(boolean skipSundays) {
        Campaign.ReminderSettings d = Campaign.ReminderSettings.defaults();
        return new Campaign.ReminderSettings(d.offsets(), d.deadlineMorning(), d.quietStart(), d.quietEnd(), skipSundays, d.skipHolidays());
    }

    /** Audience choices: the login's own unit and every unit above cell level inside it (a province has about 500). */
    private List<UnitOption> audienceOptions() {
        String subtree = scope.subtreePattern();
        return jdbc.sql("""
                SELECT id, name, depth FROM units WHERE path LIKE :p AND (level <> 'CELL' OR path = rtrim(:p, '%'))
                 ORDER BY path""").param("p", subtree)
                .query((rs, n) -> new UnitOption(rs.getLong(1), rs.getString(2), rs.getInt(3))).list();
    }
}

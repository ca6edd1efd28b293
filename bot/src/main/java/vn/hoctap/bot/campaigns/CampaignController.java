package vn.hoctap.bot.campaigns;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import vn.hoctap.bot.audit.AuditTrail;

import vn.hoctap.bot.access.UnitScope;
import vn.hoctap.scheduler.campaign.Campaign;
import vn.hoctap.scheduler.campaign.CampaignEdits;
import vn.hoctap.scheduler.campaign.CampaignRepository;
import vn.hoctap.scheduler.campaign.Campaigns;
import vn.hoctap.scheduler.campaign.NewCampaign;
import vn.hoctap.scheduler.delivery.DeliveryProgress;
import vn.hoctap.scheduler.delivery.Outbox;
import vn.hoctap.scheduler.schedule.CampaignJobs;

/** Admin API for study campaigns: create, edit, move the deadline, cancel, see the plan and delivery progress. */
@RestController
class CampaignController {

    record Reminders(List<Integer> offsetDays, Boolean deadlineMorning, LocalTime quietStart, LocalTime quietEnd,
            Boolean skipSundays, Boolean skipHolidays) {
    }

    record CreateCampaign(String name, List<Long> documentIds, List<Long> unitIds, Instant startsAt, Instant deadline,
            Campaign.CompletionRules rules, Reminders reminders, Boolean paidBroadcast, Integer laggingPercent) {
    }

    record Deadline(Instant deadline) {
    }

    record CampaignView(Campaign campaign, List<Long> documentIds, List<Long> unitIds, List<CampaignJobs.ScheduledStep> scheduled) {
    }

    private final Campaigns campaigns;
    private final CampaignEdits edits;
    private final CampaignRepository repository;
    private final CampaignJobs jobs;
    private final Outbox outbox;
    private final Clock clock;
    private final UnitScope scope;

    CampaignController(Campaigns campaigns, CampaignEdits edits, CampaignRepository repository, CampaignJobs jobs, Outbox outbox,
            Clock clock, UnitScope scope) {
        this.scope = scope;
        this.edits = edits;
        this.campaigns = campaigns;
        this.repository = repository;
        this.jobs = jobs;
        this.outbox = outbox;
        this.clock = clock;
    }

    @PostMapping("/api/campaigns")
    ResponseEntity<CampaignView> create(@RequestBody CreateCampaign body) {
        // What a secretary may choose is the service's rule (Campaigns.create), the same for the dashboard form.
        Campaign.ReminderSettings defaults = Campaign.ReminderSettings.defaults();
        Reminders r = body.reminders();
        Campaign.ReminderSettings reminders = r == null ? defaults : new Campaign.ReminderSettings(
                r.offsetDays() == null ? defaults.offsets() : r.offsetDays().stream().map(d -> Duration.ofDays(d)).toList(),
                r.deadlineMorning() == null ? defaults.deadlineMorning() : r.deadlineMorning(),
                r.quietStart() == null ? defaults.quietStart() : r.quietStart(),
                r.quietEnd() == null ? defaults.quietEnd() : r.quietEnd(),
                Boolean.TRUE.equals(r.skipSundays()), Boolean.TRUE.equals(r.skipHolidays()));
        Campaign c = campaigns.create(new NewCampaign(body.name(), body.documentIds(), body.unitIds(),
                body.startsAt() == null ? clock.instant() : body.startsAt(), body.deadline(), body.rules(), reminders,
                Boolean.TRUE.equals(body.paidBroadcast()), body.laggingPercent() == null ? 80 : body.laggingPercent()),
                scope.requester());
        return ResponseEntity.status(HttpStatus.CREATED).body(view(c));
    }

    @GetMapping("/api/campaigns")
    List<Campaign> active() {
        return campaigns.visible(scope.requester());
    }

    @GetMapping("/api/campaigns/{id}")
    CampaignView get(@PathVariable long id) {
        scope.requireCampaign(id);
        return view(repository.findById(id).orElseThrow(() -> new NoSuchElementException("campaign " + id)));
    }

    @Operation(summary = "Edit a running campaign", description = """
            The body of POST /api/campaigns; a field left out keeps its value. Rules apply from now on (members already \
            done stay done), steps still to come are rescheduled (reminders already sent are not sent again), added units \
            get assignments and the announcement. 400 when a document or unit with members who started would be removed, \
            when the start of a started campaign or a past deadline is asked, or the campaign is over or cancelled; 422 \
            when a quiz would be required for a document without approved quiz questions (the documents are named).""")
    @PutMapping("/api/campaigns/{id}")
    CampaignView edit(@PathVariable long id, @RequestBody CreateCampaign body, HttpServletRequest request) {
        scope.requireCampaign(id);
        Campaign current = campaigns.get(id, scope.requester());
        CampaignEdits.Edited edited = edits.update(id, merged(current, body), scope.requester());
        request.setAttribute(AuditTrail.CHANGES, String.join(",", edited.changes()));
        return view(edited.campaign());
    }

    /** The asked campaign: what the body says, the current value for every field it leaves out. */
    private NewCampaign merged(Campaign c, CreateCampaign body) {
        Campaign.ReminderSettings now = c.reminders();
        Reminders r = body.reminders();
        Campaign.ReminderSettings reminders = r == null ? now : new Campaign.ReminderSettings(
                r.offsetDays() == null ? now.offsets() : r.offsetDays().stream().map(d -> Duration.ofDays(d)).toList(),
                r.deadlineMorning() == null ? now.deadlineMorning() : r.deadlineMorning(),
                r.quietStart() == null ? now.quietStart() : r.quietStart(), r.quietEnd() == null ? now.quietEnd() : r.quietEnd(),
                r.skipSundays() == null ? now.skipSundays() : r.skipSundays(),
                r.skipHolidays() == null ? now.skipHolidays() : r.skipHolidays());
        return new NewCampaign(body.name() == null ? c.name() : body.name(),
                body.documentIds() == null ? repository.documents(c.id()) : body.documentIds(),
                body.unitIds() == null ? repository.audience(c.id()) : body.unitIds(),
                body.startsAt() == null ? c.startsAt() : body.startsAt(), body.deadline() == null ? c.deadline() : body.deadline(),
                body.rules() == null ? c.rules() : body.rules(), reminders,
                body.paidBroadcast() == null ? c.paidBroadcast() : body.paidBroadcast(),
                body.laggingPercent() == null ? c.laggingPercent() : body.laggingPercent());
    }

    @PutMapping("/api/campaigns/{id}/deadline")
    CampaignView deadline(@PathVariable long id, @RequestBody Deadline body) {
        return view(campaigns.editDeadline(id, body.deadline(), scope.requester()));
    }

    @PostMapping("/api/campaigns/{id}/cancel")
    Map<String, Object> cancel(@PathVariable long id) {
        return Map.of("cancelled", true, "queuedMessagesCancelled", campaigns.cancel(id, scope.requester()));
    }

    @GetMapping("/api/campaigns/{id}/delivery")
    DeliveryProgress delivery(@PathVariable long id) {
        scope.requireCampaign(id);
        repository.findById(id).orElseThrow(() -> new NoSuchElementException("campaign " + id));
        return outbox.progress(id, clock.instant());
    }

    @PutMapping("/api/holidays/{day}")
    Map<String, Object> holiday(@PathVariable LocalDate day, @RequestBody Map<String, String> body) {
        String name = body.getOrDefault("name", "Ngày lễ");
        repository.saveHoliday(day, name);
        return Map.of("day", day, "name", name);
    }

    private CampaignView view(Campaign c) {
        return new CampaignView(c, repository.documents(c.id()), repository.audience(c.id()), jobs.scheduled(c.id()));
    }
}

package vn.hoctap.scheduler.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoctap.scheduler.rules.RuleViolation;
import vn.hoctap.scheduler.unit.Requester;

/**
 * Changes a running campaign as a whole, with what that means for the members:
 * <ul>
 * <li>rules, pass mark and lagging threshold apply from now on ("done" is checked by
 * {@code assignment.CompletionCheck} against the campaign's current rules when a member confirms;
 * confirmations already made stay, so members already done stay done);</li>
 * <li>a new reminder plan, quiet hours, skipped days or deadline reschedule the steps still to come
 * (reminders already queued are never scheduled again; a moved deadline starts a new round of
 * reminders, as "move the deadline" does); the start may change only before it;</li>
 * <li>added documents and units get assignments; the announcement then reaches only members who have
 * not had it; a document or unit is removed only while none of its members has started on it, and
 * the queued announcements and reminders of members it takes out are cancelled;</li>
 * <li>a quiz required for a document without approved questions is refused ({@link QuizCoverage}).</li>
 * </ul>
 * Who may change what is {@link Campaigns}' rule: the campaign's owners, and a secretary keeps the
 * reminder plan and paid broadcast as they are.
 */
@Service
public class CampaignEdits {

    /** The campaign after the edit and what changed ({@code deadline}, {@code documents+1}, …), for the audit trail. */
    public record Edited(Campaign campaign, List<String> changes) {
    }

    private final Campaigns campaigns;
    private final CampaignRepository repository;
    private final CampaignEditStore store;
    private final CampaignScheduling scheduling;
    private final Clock clock;

    public CampaignEdits(Campaigns campaigns, CampaignRepository repository, CampaignEditStore store, CampaignScheduling scheduling,
            Clock clock) {
        this.campaigns = campaigns;
        this.repository = repository;
        this.store = store;
        this.scheduling = scheduling;
        this.clock = clock;
    }

    @Transactional
    public Edited update(long id, NewCampaign asked, Requester requester) {
        Campaign c = campaigns.get(id, requester);
        store.lock(id);
        c = repository.findById(id).orElseThrow();
        Instant now = clock.instant();
        if (CampaignState.of(c, now) != CampaignState.ACTIVE) {
            throw new RuleViolation(null, "rule.campaign.notActive", "campaign " + id + " is over or cancelled");
        }
        NewCampaign request = campaigns.choosesReminderPlan(requester) ? asked : asked.withPlanOf(c);
        campaigns.checkAudienceAndDocuments(request, requester);
        List<String> changes = new ArrayList<>();

        // The form has minutes only: a time equal to the minute is the one already set.
        Instant start = sameMinute(request.startsAt(), c.startsAt()) ? c.startsAt() : request.startsAt();
        Instant deadline = sameMinute(request.deadline(), c.deadline()) ? c.deadline() : request.deadline();
        if (!start.equals(c.startsAt()) && !c.startsAt().isAfter(now)) {
            throw new RuleViolation("startsAt", "rule.campaign.startFixed", "the campaign has started: its start cannot change");
        }
        if (!deadline.isAfter(start)) {
            throw new RuleViolation("deadline", "rule.campaign.deadlineBeforeStart", "the deadline must be after the start");
        }
        if (!deadline.equals(c.deadline()) && !deadline.isAfter(now)) {
            throw new RuleViolation("deadline", "rule.campaign.newDeadline", "the new deadline must be after the start and in the future");
        }

        List<Long> oldDocs = repository.documents(id);
        List<Long> oldUnits = repository.audience(id);
        List<Long> docs = request.documentIds().stream().distinct().toList();
        List<Long> units = campaigns.outermost(request.unitIds());
        List<Long> goneDocs = oldDocs.stream().filter(d -> !docs.contains(d)).toList();
        List<Long> goneUnits = oldUnits.stream().filter(u -> !units.contains(u)).toList();
        refuseStarted(id, "document_id", goneDocs, "documentIds", "rule.campaign.documentStudied",
                "members have already studied document %s: it cannot be removed");
        refuseStarted(id, "unit_id", goneUnits, "unitIds", "rule.campaign.unitStarted",
                "members of unit %s have already started: it cannot be removed");

        if (!request.name().equals(c.name())) {
            changes.add("name");
        }
        if (!request.rules().equals(c.rules()) || request.laggingPercent() != c.laggingPercent()) {
            changes.add("rules");
        }
        if (!request.reminders().equals(c.reminders()) || request.paidBroadcast() != c.paidBroadcast()) {
            changes.add("reminders");
        }
        store.updateSettings(id, request);
        if (!start.equals(c.startsAt()) || !deadline.equals(c.deadline())) {
            store.updateTimes(id, start, deadline, !deadline.equals(c.deadline()));
            if (!start.equals(c.startsAt())) {
                changes.add("startsAt");
            }
            if (!deadline.equals(c.deadline())) {
                changes.add("deadline");
            }
        }
        goneDocs.forEach(d -> store.remove(id, "document_id", d));
        goneUnits.forEach(u -> store.remove(id, "unit_id", u));
        if (!goneUnits.isEmpty()) {
            store.withdrawQueued(id);
        }
        List<Long> newDocs = docs.stream().filter(d -> !oldDocs.contains(d)).toList();
        List<Long> newUnits = units.stream().filter(u -> !oldUnits.contains(u)).toList();
        newDocs.forEach(d -> store.addDocument(id, d));
        newUnits.forEach(u -> store.addUnit(id, u));
        for (long d : docs) {
            for (long u : units) {
                if (newDocs.contains(d) || newUnits.contains(u)) {
                    store.addAssignment(id, d, u, start, deadline);
                }
            }
        }
        count(changes, "documents", newDocs.size(), goneDocs.size());
        count(changes, "units", newUnits.size(), goneUnits.size());

        Campaign updated = repository.findById(id).orElseThrow();
        scheduling.schedule(updated);
        return new Edited(updated, List.copyOf(changes));
    }

    private void refuseStarted(long id, String column, List<Long> gone, String field, String key, String english) {
        List<Long> started = store.started(id, column, gone);
        if (!started.isEmpty()) {
            String label = store.label(column, started.get(0));
            throw new RuleViolation(field, key, english.formatted(label), label);
        }
    }

    private static void count(List<String> changes, String what, int added, int removed) {
        if (added > 0) {
            changes.add(what + "+" + added);
        }
        if (removed > 0) {
            changes.add(what + "-" + removed);
        }
    }

    private static boolean sameMinute(Instant a, Instant b) {
        return a.truncatedTo(ChronoUnit.MINUTES).equals(b.truncatedTo(ChronoUnit.MINUTES));
    }
}

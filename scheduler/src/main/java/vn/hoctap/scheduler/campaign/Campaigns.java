package vn.hoctap.scheduler.campaign;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoctap.scheduler.delivery.Outbox;
import vn.hoctap.scheduler.rules.RuleViolation;
import vn.hoctap.scheduler.unit.OutOfScopeException;
import vn.hoctap.scheduler.unit.Requester;
import vn.hoctap.scheduler.unit.UnitScopes;

/**
 * Creates, re-times and cancels campaigns. The campaign, its assignments and its Quartz jobs are
 * written in one transaction (the Quartz job store shares the application's DataSource), so a
 * campaign never exists without its schedule or the other way round.
 */
@Service
public class Campaigns {

    private final CampaignRepository repository;
    private final CampaignScheduling scheduling;
    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final UnitScopes scopes;
    private final QuizCoverage quizCoverage;

    public Campaigns(CampaignRepository repository, CampaignScheduling scheduling, Outbox outbox, JdbcClient jdbc, Clock clock,
            UnitScopes scopes, QuizCoverage quizCoverage) {
        this.scopes = scopes;
        this.quizCoverage = quizCoverage;
        this.repository = repository;
        this.scheduling = scheduling;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Creates a campaign. Secretaries get the standard reminder plan and never paid broadcasts, whatever
     * they asked for: both cost the organisation. The dashboard and the API both come through here.
     */
    @Transactional
    public Campaign create(NewCampaign asked, Requester requester) {
        NewCampaign request = choosesReminderPlan(requester) ? asked : asked.withStandardPlan();
        checkAudienceAndDocuments(request, requester);
        List<Long> audience = outermost(request.unitIds());
        Long owner = requester.isAdmin() ? null : requester.scopeUnitId();
        long id = repository.insert(request, owner, requester.memberId());
        repository.addDocumentAndUnitsWithAssignments(id, request, audience);
        Campaign created = repository.findById(id).orElseThrow();
        scheduling.schedule(created);
        return created;
    }

    /** Moves the deadline; only steps still to come are (re)scheduled. */
    @Transactional
    public Campaign editDeadline(long id, Instant deadline, Requester requester) {
        Campaign c = owned(id, requester);
        if (!c.isActive()) {
            throw new RuleViolation(null, "rule.campaign.notActive", "campaign " + id + " is cancelled");
        }
        if (!deadline.isAfter(c.startsAt()) || !deadline.isAfter(clock.instant())) {
            throw new RuleViolation("deadline", "rule.campaign.newDeadline", "the new deadline must be after the start and in the future");
        }
        repository.updateDeadline(id, deadline);
        Campaign updated = repository.findById(id).orElseThrow();
        scheduling.schedule(updated);
        return updated;
    }

    /** Stops everything still to come: jobs removed, queued messages cancelled. */
    @Transactional
    public int cancel(long id, Requester requester) {
        Campaign c = owned(id, requester);
        if (!c.isActive()) {
            return 0;
        }
        repository.markCancelled(id);
        scheduling.unschedule(id);
        return outbox.cancelPending(id);
    }

    public Campaign get(long id, Requester requester) {
        return owned(id, requester);
    }

    /** Whether the requester may set reminders, quiet hours, skipped days and paid broadcasts. */
    public boolean choosesReminderPlan(Requester requester) {
        return !requester.secretary();
    }

    /** Active campaigns whose audience reaches into the requester's scope. */
    public List<Campaign> visible(Requester requester) {
        return reaching(repository.active(), requester);
    }

    /** Every campaign (history included) whose audience reaches into the requester's scope, in one state or all, newest first. */
    public List<Campaign> history(Requester requester, CampaignState state) {
        Instant now = clock.instant();
        return reaching(repository.all().stream().filter(c -> state == null || CampaignState.of(c, now) == state).toList(), requester);
    }

    private List<Campaign> reaching(List<Campaign> campaigns, Requester requester) {
        return campaigns.stream().filter(c -> requester.isAdmin() || repository.audience(c.id()).stream()
                .anyMatch(u -> within(u, requester.scopeUnitId()) || within(requester.scopeUnitId(), u))).toList();
    }

    private Campaign owned(long id, Requester requester) {
        Campaign c = repository.findById(id).orElseThrow(() -> new NoSuchElementException("campaign " + id));
        if (!requester.isAdmin() && (c.ownerUnitId() == null || !within(c.ownerUnitId(), requester.scopeUnitId()))) {
            throw new OutOfScopeException("campaign " + id + " was not created in your unit");
        }
        return c;
    }

    /**
     * Every unit exists and lies in the requester's scope, every document exists and, when a quiz is
     * required, has approved questions (creation and edits alike: {@link QuizCoverage}).
     */
    void checkAudienceAndDocuments(NewCampaign request, Requester requester) {
        for (long unit : request.unitIds()) {
            requireUnit(unit);
            requireInScope(requester, unit);
        }
        for (long doc : request.documentIds()) {
            if (jdbc.sql("SELECT count(*) FROM documents WHERE id = :d").param("d", doc).query(Long.class).single() == 0) {
                throw new NoSuchElementException("document " + doc);
            }
        }
        quizCoverage.check(request);
    }

    private void requireInScope(Requester requester, long unit) {
        if (!requester.isAdmin() && !within(unit, requester.scopeUnitId())) {
            throw new OutOfScopeException("unit " + unit + " is outside your unit's subtree");
        }
    }

    private void requireUnit(long unit) {
        if (jdbc.sql("SELECT count(*) FROM units WHERE id = :u").param("u", unit).query(Long.class).single() == 0) {
            throw new NoSuchElementException("unit " + unit);
        }
    }

    private boolean within(long unit, long ancestor) {
        return scopes.within(unit, ancestor);
    }

    /** Drops audience units that lie inside another audience unit, so no member is assigned twice. */
    List<Long> outermost(List<Long> units) {
        List<Long> out = new ArrayList<>();
        for (long u : units.stream().distinct().toList()) {
            boolean covered = units.stream().anyMatch(other -> other != u && within(u, other) && !within(other, u));
            if (!covered) {
                out.add(u);
            }
        }
        return out;
    }
}

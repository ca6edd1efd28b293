package vn.hoctap.scheduler.conference;

import java.util.NoSuchElementException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoctap.scheduler.campaign.CampaignRepository;
import vn.hoctap.scheduler.rules.RuleViolation;
import vn.hoctap.scheduler.unit.OutOfScopeException;
import vn.hoctap.scheduler.unit.Requester;

/**
 * Creates conferences: the conference, its points, who is convened where, its Quartz jobs and the
 * queued convocation are written in one transaction, so a conference never exists half made.
 */
@Service
public class Conferences {

    private static final int DEFAULT_MAKEUP_DAYS = 14;

    private final ConferenceRepository repository;
    private final CampaignRepository campaigns;
    private final ConferenceJobs jobs;
    private final ConferenceSteps steps;
    private final JdbcClient jdbc;

    Conferences(ConferenceRepository repository, CampaignRepository campaigns, ConferenceJobs jobs, ConferenceSteps steps,
            JdbcClient jdbc) {
        this.repository = repository;
        this.campaigns = campaigns;
        this.jobs = jobs;
        this.steps = steps;
        this.jdbc = jdbc;
    }

    /**
     * @throws NoSuchElementException for an unknown campaign, unit or document
     * @throws OutOfScopeException if a point's unit is outside the requester's subtree
     * @throws RuleViolation if the campaign is cancelled
     */
    @Transactional
    public Conference create(NewConference request, Requester requester) {
        var campaign = campaigns.findById(request.campaignId())
                .orElseThrow(() -> new NoSuchElementException("campaign " + request.campaignId()));
        if (!campaign.isActive()) {
            throw new RuleViolation("campaignId", "rule.conference.campaignNotActive", "campaign " + campaign.id() + " is cancelled");
        }
        for (NewConference.Point p : request.points()) {
            String path = jdbc.sql("SELECT path FROM units WHERE id = :u AND closed_at IS NULL").param("u", p.unitId())
                    .query(String.class).optional().orElseThrow(() -> new NoSuchElementException("unit " + p.unitId()));
            if (!requester.isAdmin() && !inScope(path, requester.scopeUnitId())) {
                throw new OutOfScopeException("unit " + p.unitId() + " is outside your unit's subtree");
            }
        }
        for (long doc : request.documentIds()) {
            if (jdbc.sql("SELECT count(*) FROM documents WHERE id = :d").param("d", doc).query(Long.class).single() == 0) {
                throw new NoSuchElementException("document " + doc);
            }
        }
        long id = repository.insert(request, request.makeupDays() == null ? DEFAULT_MAKEUP_DAYS : request.makeupDays());
        repository.convene(id);
        Conference created = repository.findById(id).orElseThrow();
        jobs.schedule(created);
        steps.convoke(id);
        return created;
    }

    /**
     * Whether the requester may end the conference now: an admin always; a scoped login only when
     * every point is in its subtree (ending closes every point and sends their absentees make-up
     * study, so a cell's secretary must not end a commune's conference).
     */
    public boolean mayEnd(Conference c, Requester requester) {
        return requester.isAdmin() || jdbc.sql("""
                SELECT NOT EXISTS (SELECT 1 FROM conference_points p JOIN units u ON u.id = p.unit_id, units s
                                    WHERE p.conference_id = :c AND s.id = :s AND NOT unit_within(u.path, s.path))""")
                .param("c", c.id()).param("s", requester.scopeUnitId()).query(Boolean.class).single();
    }

    /**
     * Closes the conference now (the organiser's "end"); absentees get their make-up study.
     *
     * @return the make-up messages queued
     * @throws OutOfScopeException if a point is outside the requester's subtree
     */
    public int end(Conference c, Requester requester) {
        if (!mayEnd(c, requester)) {
            throw new OutOfScopeException("conference " + c.id() + " has points outside your unit's subtree");
        }
        return steps.end(c.id());
    }

    private boolean inScope(String path, long scopeUnitId) {
        return jdbc.sql("SELECT count(*) FROM units WHERE id = :s AND unit_within(:p, path)").param("s", scopeUnitId).param("p", path)
                .query(Long.class).single() > 0;
    }
}

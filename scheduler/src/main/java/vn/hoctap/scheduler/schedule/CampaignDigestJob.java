package vn.hoctap.scheduler.schedule;

import java.time.Clock;
import java.time.ZoneId;

import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

import vn.hoctap.scheduler.campaign.CampaignSteps;
import vn.hoctap.scheduler.programme.ProgrammeDigest;

/** Quartz job for a campaign's daily digest to cell secretaries (and to committees, of lagging action programmes). */
public class CampaignDigestJob implements Job {

    private final CampaignSteps steps;
    private final ProgrammeDigest programmes;
    private final Clock clock;
    private final ZoneId zone;

    public CampaignDigestJob(CampaignSteps steps, ProgrammeDigest programmes, Clock clock, ZoneId zone) {
        this.steps = steps;
        this.programmes = programmes;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            long campaign = context.getMergedJobDataMap().getLong(CampaignStepJob.CAMPAIGN);
            steps.digest(campaign, clock.instant().atZone(zone).toLocalDate());
            programmes.queue(campaign, clock.instant().atZone(zone).toLocalDate());
        } catch (RuntimeException e) {
            // No immediate refire (a lasting failure would spin); tomorrow's digest runs as usual.
            throw new JobExecutionException(e, false);
        }
    }
}

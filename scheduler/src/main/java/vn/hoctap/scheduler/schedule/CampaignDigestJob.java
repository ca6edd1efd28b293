package vn.hoctap.scheduler.schedule;

import java.time.Clock;
import java.time.ZoneId;

import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

import vn.hoctap.scheduler.campaign.CampaignSteps;

/** Quartz job for a campaign's daily digest to cell secretaries. */
public class CampaignDigestJob implements Job {

    private final CampaignSteps steps;
    private final Clock clock;
    private final ZoneId zone;

    public CampaignDigestJob(CampaignSteps steps, Clock clock, ZoneId zone) {
        this.steps = steps;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            steps.digest(context.getMergedJobDataMap().getLong(CampaignStepJob.CAMPAIGN), clock.instant().atZone(zone).toLocalDate());
        } catch (RuntimeException e) {
            // No immediate refire (a lasting failure would spin); tomorrow's digest runs as usual.
            throw new JobExecutionException(e, false);
        }
    }
}

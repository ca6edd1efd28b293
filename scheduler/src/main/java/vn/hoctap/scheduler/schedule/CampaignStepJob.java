package vn.hoctap.scheduler.schedule;

import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

import vn.hoctap.scheduler.campaign.CampaignSteps;

/** Quartz job for one step of a campaign's plan (announcement, reminder, escalation). */
public class CampaignStepJob implements Job {

    static final String CAMPAIGN = "campaignId";
    static final String STEP = "step";

    private final CampaignSteps steps;

    public CampaignStepJob(CampaignSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        var data = context.getMergedJobDataMap();
        try {
            steps.run(data.getLong(CAMPAIGN), data.getString(STEP));
        } catch (RuntimeException e) {
            // Quartz re-fires the job: queuing is idempotent, so a retry can only add what is missing.
            throw new JobExecutionException(e, true);
        }
    }
}

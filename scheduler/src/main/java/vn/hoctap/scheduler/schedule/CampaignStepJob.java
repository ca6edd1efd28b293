package vn.hoctap.scheduler.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.quartz.TriggerBuilder;

import vn.hoctap.scheduler.campaign.CampaignSteps;

/** Quartz job for one step of a campaign's plan (announcement, reminder, escalation). */
public class CampaignStepJob implements Job {

    static final String CAMPAIGN = "campaignId";
    static final String STEP = "step";
    static final String ATTEMPT = "attempt";
    static final int MAX_RETRIES = 5;
    private static final int IN_JOB_RETRIES = 4;

    private final CampaignSteps steps;

    public CampaignStepJob(CampaignSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        var data = context.getMergedJobDataMap();
        try {
            runRetryingBriefly(data.getLong(CAMPAIGN), data.getString(STEP));
        } catch (RuntimeException e) {
            // Not an immediate refire (a lasting failure would spin the scheduler's threads): retry later
            // with back-off, a few times. Queuing is idempotent, so a retry only adds what is missing.
            int attempt = data.containsKey(ATTEMPT) ? data.getInt(ATTEMPT) : 0;
            if (attempt < MAX_RETRIES) {
                try {
                    context.getScheduler().scheduleJob(TriggerBuilder.newTrigger().forJob(context.getJobDetail().getKey())
                            .usingJobData(ATTEMPT, attempt + 1)
                            .startAt(Date.from(Instant.now().plus(Duration.ofMinutes(1L << attempt)))).build());
                } catch (SchedulerException scheduling) {
                    e.addSuppressed(scheduling);
                }
            }
            throw new JobExecutionException(e, false);
        }
    }

    /**
     * A short outage (PostgreSQL restarting between two chunks of a step) is waited out in the job
     * itself: scheduling a later retry needs the same database, so it could fail too. Queuing is
     * idempotent, so each try only adds the rows still missing.
     */
    private void runRetryingBriefly(long campaignId, String step) {
        for (int attempt = 0;; attempt++) {
            try {
                steps.run(campaignId, step);
                return;
            } catch (RuntimeException e) {
                if (attempt >= IN_JOB_RETRIES) {
                    throw e;
                }
                try {
                    Thread.sleep(2_000L << attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}

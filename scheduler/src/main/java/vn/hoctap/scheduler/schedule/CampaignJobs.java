package vn.hoctap.scheduler.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.stereotype.Component;

import vn.hoctap.scheduler.campaign.Campaign;
import vn.hoctap.scheduler.campaign.CampaignScheduling;
import vn.hoctap.scheduler.campaign.ReminderPlan;
import vn.hoctap.scheduler.campaign.SendingWindows;
import vn.hoctap.scheduler.delivery.Outbox;

/**
 * Keeps a campaign's Quartz jobs equal to its plan. Job identities are stable
 * ({@code c<id>-<step>} in group {@code campaigns}) and scheduling replaces, so a restart, a second
 * instance or a repeated call never duplicates a job. Misfire policies (written down here because
 * they decide what members experience after downtime):
 * <ul>
 * <li>step triggers fire now on misfire; {@code CampaignSteps} then skips a reminder whose later
 * sibling is also due, so a long outage yields one catch-up reminder, not a burst;</li>
 * <li>the daily digest cron fires once and proceeds: missed days are not replayed.</li>
 * </ul>
 * A reminder step already queued (an edit moved it, e.g. new quiet hours) is not scheduled again, so
 * nobody hears it twice; the announcement is always kept, and being idempotent per member it only
 * reaches members who have not had it (units added to the audience by an edit).
 * Jobs request recovery, so a job running on an instance that dies is re-run by another.
 */
@Component
public class CampaignJobs implements CampaignScheduling {

    public static final String GROUP = "campaigns";
    static final String DIGEST_CRON = "0 0 8 * * ?";

    private final Scheduler scheduler;
    private final vn.hoctap.scheduler.campaign.CampaignRepository campaigns;
    private final SendingWindows windows;
    private final Outbox outbox;
    private final Clock clock;
    private final ZoneId zone;

    public CampaignJobs(Scheduler scheduler, vn.hoctap.scheduler.campaign.CampaignRepository campaigns, SendingWindows windows,
            Outbox outbox, Clock clock, ZoneId zone) {
        this.scheduler = scheduler;
        this.outbox = outbox;
        this.campaigns = campaigns;
        this.windows = windows;
        this.clock = clock;
        this.zone = zone;
    }

    /** Schedules every step still to come; removes this campaign's jobs that are no longer in its plan. */
    @Override
    public void schedule(Campaign c) {
        Instant now = clock.instant();
        List<ReminderPlan.Step> plan = ReminderPlan.of(c, windows.of(c), zone, campaigns.deadlineRevision(c.id()));
        Set<JobKey> wanted = new HashSet<>();
        Set<String> queued = outbox.queuedSteps(c.id());
        try {
            for (ReminderPlan.Step step : plan) {
                if (step.at().isBefore(now.minus(Duration.ofMinutes(1))) && !step.key().equals("announce")) {
                    continue;
                }
                JobKey key = JobKey.jobKey(prefix(c.id()) + step.key(), GROUP);
                wanted.add(key);
                if (step.kind() != ReminderPlan.Kind.ANNOUNCE && queued.contains(step.key())) {
                    continue; // already run: a pending retry of it stays, nothing new is scheduled
                }
                JobDetail job = JobBuilder.newJob(CampaignStepJob.class).withIdentity(key).requestRecovery(true)
                        .usingJobData(CampaignStepJob.CAMPAIGN, c.id()).usingJobData(CampaignStepJob.STEP, step.key()).build();
                // A step already due fires now: a trigger set in the past beyond misfireThreshold waited for Quartz's
                // misfire scan (up to a minute) before a campaign created with a past start was announced.
                Trigger trigger = TriggerBuilder.newTrigger().withIdentity(key.getName(), GROUP).forJob(key)
                        .startAt(Date.from(step.at().isBefore(now) ? now : step.at()))
                        .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow()).build();
                scheduler.scheduleJob(job, Set.of(trigger), true);
            }
            JobKey digest = JobKey.jobKey(prefix(c.id()) + "digest", GROUP);
            wanted.add(digest);
            JobDetail digestJob = JobBuilder.newJob(CampaignDigestJob.class).withIdentity(digest).requestRecovery(true)
                    .usingJobData(CampaignStepJob.CAMPAIGN, c.id()).build();
            Trigger daily = TriggerBuilder.newTrigger().withIdentity(digest.getName(), GROUP).forJob(digest)
                    .startAt(Date.from(c.startsAt().isAfter(now) ? c.startsAt() : now)).endAt(Date.from(c.deadline()))
                    .withSchedule(CronScheduleBuilder.cronSchedule(DIGEST_CRON).inTimeZone(TimeZone.getTimeZone(zone))
                            .withMisfireHandlingInstructionFireAndProceed())
                    .build();
            if (c.deadline().isAfter(now)) {
                scheduler.scheduleJob(digestJob, Set.of(daily), true);
            }
            for (JobKey existing : jobsOf(c.id())) {
                if (!wanted.contains(existing) || (existing.equals(digest) && !c.deadline().isAfter(now))) {
                    scheduler.deleteJob(existing);
                }
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule campaign " + c.id(), e);
        }
    }

    @Override
    public void unschedule(long campaignId) {
        try {
            scheduler.deleteJobs(List.copyOf(jobsOf(campaignId)));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot unschedule campaign " + campaignId, e);
        }
    }

    /** The campaign's scheduled jobs with their next fire times (for the API and tests). */
    public List<ScheduledStep> scheduled(long campaignId) {
        try {
            return jobsOf(campaignId).stream().map(key -> {
                try {
                    var triggers = scheduler.getTriggersOfJob(key);
                    Date next = triggers.isEmpty() ? null : triggers.get(0).getNextFireTime();
                    return new ScheduledStep(key.getName().substring(prefix(campaignId).length()),
                            next == null ? null : next.toInstant());
                } catch (SchedulerException e) {
                    throw new IllegalStateException(e);
                }
            }).sorted(java.util.Comparator.comparing(ScheduledStep::nextFire, java.util.Comparator.nullsLast(
                    java.util.Comparator.naturalOrder()))).toList();
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    public record ScheduledStep(String step, Instant nextFire) {
    }

    private Set<JobKey> jobsOf(long campaignId) throws SchedulerException {
        Set<JobKey> keys = new HashSet<>();
        for (JobKey k : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
            if (k.getName().startsWith(prefix(campaignId))) {
                keys.add(k);
            }
        }
        return keys;
    }

    private static String prefix(long campaignId) {
        return "c" + campaignId + "-";
    }
}

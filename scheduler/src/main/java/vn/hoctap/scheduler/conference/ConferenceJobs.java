package vn.hoctap.scheduler.conference;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;

import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.springframework.stereotype.Component;

/**
 * The Quartz jobs of a conference (clustered JDBC store, like campaigns'): the reminders a day and
 * an hour before and the end. Identities are stable ({@code conf<id>-<step>} in group
 * {@code conferences}), scheduling replaces, and a step that misfired fires once on start-up
 * (the reminder steps themselves refuse to send after the start).
 */
@Component
class ConferenceJobs {

    static final String GROUP = "conferences";

    private final Scheduler scheduler;
    private final Clock clock;

    ConferenceJobs(Scheduler scheduler, Clock clock) {
        this.scheduler = scheduler;
        this.clock = clock;
    }

    void schedule(Conference c) {
        Instant now = clock.instant();
        job(c.id(), ConferenceJob.DAY, c.startsAt().minus(Duration.ofDays(1)), now);
        job(c.id(), ConferenceJob.HOUR, c.startsAt().minus(Duration.ofHours(1)), now);
        job(c.id(), ConferenceJob.END, c.endsAt(), now);
    }

    private void job(long conferenceId, String step, Instant at, Instant now) {
        if (at.isBefore(now) && !ConferenceJob.END.equals(step)) {
            return;
        }
        JobKey key = JobKey.jobKey("conf" + conferenceId + "-" + step, GROUP);
        try {
            scheduler.scheduleJob(JobBuilder.newJob(ConferenceJob.class).withIdentity(key).requestRecovery(true)
                    .usingJobData(ConferenceJob.CONFERENCE, conferenceId).usingJobData(ConferenceJob.STEP, step).build(),
                    Set.of(TriggerBuilder.newTrigger().withIdentity(key.getName(), GROUP).forJob(key).startAt(Date.from(at))
                            .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow()).build()),
                    true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule conference " + conferenceId, e);
        }
    }
}

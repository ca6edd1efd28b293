package vn.hoctap.bot.ops;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness of the clustered Quartz scheduler (campaign reminders, refreshers): started, not in
 * standby or shut down. Named {@code quartz} in the health groups.
 */
@Component("quartz")
class QuartzHealth implements HealthIndicator {

    private final Scheduler scheduler;

    QuartzHealth(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public Health health() {
        try {
            if (scheduler.isShutdown() || scheduler.isInStandbyMode() || !scheduler.isStarted()) {
                return Health.down().withDetail("scheduler", scheduler.getSchedulerName()).withDetail("state", "not running").build();
            }
            return Health.up().withDetail("scheduler", scheduler.getSchedulerName())
                    .withDetail("instance", scheduler.getSchedulerInstanceId()).build();
        } catch (SchedulerException e) {
            return Health.down(e).build();
        }
    }
}

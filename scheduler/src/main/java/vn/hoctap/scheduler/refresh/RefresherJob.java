package vn.hoctap.scheduler.refresh;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Looks for due refreshers every {@code hoctap.refreshers.check-interval} (any instance; queuing is idempotent). */
@Component
class RefresherJob {

    private static final Logger log = LoggerFactory.getLogger(RefresherJob.class);

    private final Refreshers refreshers;

    RefresherJob(Refreshers refreshers) {
        this.refreshers = refreshers;
    }

    @Scheduled(fixedDelayString = "${hoctap.refreshers.check-interval:15m}", initialDelayString = "${hoctap.refreshers.check-interval:15m}")
    void run() {
        try {
            int queued = refreshers.queueDue();
            if (queued > 0) {
                log.info("Queued {} refresher question(s)", queued);
            }
        } catch (RuntimeException e) {
            log.error("Refresher check failed; trying again at the next interval", e);
        }
    }
}

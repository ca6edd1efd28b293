package vn.hoctap.scheduler.conference;

import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/** Quartz job for one timed step of a conference; the steps are idempotent, so a recovered run repeats nothing. */
public class ConferenceJob implements Job {

    static final String CONFERENCE = "conferenceId";
    static final String STEP = "step";
    static final String DAY = "day";
    static final String HOUR = "hour";
    static final String END = "end";
    private static final int RETRIES = 4;

    private final ConferenceSteps steps;

    public ConferenceJob(ConferenceSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        var data = context.getMergedJobDataMap();
        long conference = data.getLong(CONFERENCE);
        String step = data.getString(STEP);
        for (int attempt = 0;; attempt++) {
            try {
                run(conference, step);
                return;
            } catch (RuntimeException e) {
                // A short outage (PostgreSQL restarting) is waited out here; the steps are idempotent.
                if (attempt >= RETRIES) {
                    throw new JobExecutionException(e, false);
                }
                try {
                    Thread.sleep(2_000L << attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new JobExecutionException(e, false);
                }
            }
        }
    }

    private void run(long conference, String step) {
        switch (step) {
            case DAY -> steps.remind(conference, false);
            case HOUR -> steps.remind(conference, true);
            case END -> steps.end(conference);
            default -> throw new IllegalStateException("unknown conference step " + step);
        }
    }
}

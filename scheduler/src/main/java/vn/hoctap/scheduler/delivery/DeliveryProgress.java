package vn.hoctap.scheduler.delivery;

import java.util.List;

/** Progress of a campaign's broadcasts, per step: how many are queued, sent, failed, unreachable. */
public record DeliveryProgress(long campaignId, List<StepProgress> steps, double sentPerSecondLastMinute) {

    public record StepProgress(String step, long queued, long sending, long sent, long failed, long unreachable,
            long cancelled) {
    }
}

package vn.hoctap.scheduler.campaign;

import java.time.Instant;

/** How a campaign stands for its history: running, past its deadline, or cancelled. */
public enum CampaignState {
    ACTIVE, FINISHED, CANCELLED;

    public static CampaignState of(Campaign c, Instant now) {
        if (!c.isActive()) {
            return CANCELLED;
        }
        return c.deadline().isAfter(now) ? ACTIVE : FINISHED;
    }
}

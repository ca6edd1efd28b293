package vn.hoctap.scheduler.campaign;

/** Keeps the timed jobs of a campaign in line with its plan (implemented with Quartz). */
public interface CampaignScheduling {

    void schedule(Campaign campaign);

    void unschedule(long campaignId);
}

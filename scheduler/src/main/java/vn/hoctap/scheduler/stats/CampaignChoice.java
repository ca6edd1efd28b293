package vn.hoctap.scheduler.stats;

import java.time.Instant;

/** A campaign reaching a unit, named for a menu; no figures, so listing them costs one small query. */
public record CampaignChoice(long campaignId, String name, Instant deadline) {
}

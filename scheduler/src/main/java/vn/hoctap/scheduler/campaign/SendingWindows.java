package vn.hoctap.scheduler.campaign;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The delivery window of each campaign (quiet hours, Sundays, holidays), cached briefly so the
 * delivery worker can check every message without a query per message.
 */
@Component
public class SendingWindows {

    private static final Duration TTL = Duration.ofSeconds(30);

    private record Cached(DeliveryWindow window, Instant loadedAt) {
    }

    private final CampaignRepository campaigns;
    private final ZoneId zone;
    private final Clock clock;
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    public SendingWindows(CampaignRepository campaigns, ZoneId zone, Clock clock) {
        this.campaigns = campaigns;
        this.zone = zone;
        this.clock = clock;
    }

    public DeliveryWindow of(Campaign c) {
        return new DeliveryWindow(zone, c.reminders(), campaigns.holidays());
    }

    /** {@code now} if the campaign may message members now, else when it may. */
    public Instant nextAllowed(long campaignId, Instant now) {
        Cached cached = cache.get(campaignId);
        if (cached == null || Duration.between(cached.loadedAt(), clock.instant()).compareTo(TTL) > 0) {
            DeliveryWindow w = campaigns.findById(campaignId).map(this::of)
                    .orElseThrow(() -> new IllegalStateException("outbox row of unknown campaign " + campaignId));
            cached = new Cached(w, clock.instant());
            cache.put(campaignId, cached);
        }
        return cached.window().next(now);
    }

    public ZoneId zone() {
        return zone;
    }
}

package vn.hoctap.scheduler.campaign;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoctap.scheduler.delivery.Outbox;

/** "Nhắc tôi sau": a member postpones this campaign's bulk messages (default by one day). */
@Service
public class Snoozes {

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final Clock clock;
    private final Duration length;

    public Snoozes(JdbcClient jdbc, Outbox outbox, Clock clock, CampaignProperties props) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
        this.length = props.snooze();
    }

    /** @return until when the member will not be messaged about this campaign */
    @Transactional
    public Instant snooze(long campaignId, long memberId) {
        Instant until = clock.instant().plus(length);
        jdbc.sql("""
                INSERT INTO campaign_snoozes (campaign_id, member_id, until) VALUES (:c, :m, :u)
                ON CONFLICT (campaign_id, member_id) DO UPDATE SET until = EXCLUDED.until""")
                .param("c", campaignId).param("m", memberId).param("u", Timestamp.from(until)).update();
        outbox.delayMember(campaignId, memberId, until);
        return until;
    }
}

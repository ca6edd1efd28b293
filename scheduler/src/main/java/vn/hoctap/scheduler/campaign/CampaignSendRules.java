package vn.hoctap.scheduler.campaign;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hoctap.scheduler.delivery.OutboxItem;
import vn.hoctap.scheduler.delivery.SendRules;

/**
 * The campaign's say at send time, for a whole claimed batch in one query: nothing goes out for a
 * cancelled campaign or to a member who left; reminders and pushes are dropped for members who
 * finished meanwhile and wait for a snooze to end or for the member's announcement to go first;
 * everything waits for the campaign's delivery window (quiet hours, Sundays, holidays), except a
 * conference's convocation or reminder that the window would hold past the conference's start (an
 * organiser who calls a meeting at night means it). Once the conference has ended or been cancelled,
 * its convocation and reminders still waiting are dropped: they would only mislead.
 */
@Component
class CampaignSendRules implements SendRules {

    /** How long reminders wait for an announcement that has not been queued yet, after the start. */
    private static final Duration ANNOUNCE_GRACE = Duration.ofMinutes(10);
    private static final Duration RECHECK = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final SendingWindows windows;

    CampaignSendRules(JdbcClient jdbc, SendingWindows windows) {
        this.jdbc = jdbc;
        this.windows = windows;
    }

    private record Facts(String campaignStatus, Instant startsAt, String memberStatus, Instant snoozedUntil, boolean done,
            boolean ownAnnouncePending, boolean announceQueued, Instant conferenceStarts, Instant conferenceEnds,
            String conferenceStatus) {
    }

    @Override
    public Map<Long, Verdict> check(List<OutboxItem> items, Instant now) {
        Map<Long, Facts> facts = facts(items);
        Map<Long, Verdict> verdicts = new HashMap<>();
        for (OutboxItem item : items) {
            Facts f = facts.get(item.id());
            verdicts.put(item.id(), f == null ? new Skip("row or campaign gone") : verdict(item, f, now));
        }
        return verdicts;
    }

    private Verdict verdict(OutboxItem item, Facts f, Instant now) {
        if (!"ACTIVE".equals(f.campaignStatus())) {
            return new Skip("campaign cancelled");
        }
        if ("LEFT".equals(f.memberStatus())) {
            return new Skip("member left");
        }
        if (f.conferenceStatus() != null && (!"PLANNED".equals(f.conferenceStatus()) || !now.isBefore(f.conferenceEnds()))) {
            // A convocation or reminder of a conference that has ended or was cancelled would only mislead.
            return new Skip("conference ended or cancelled");
        }
        Instant allowed = windows.nextAllowed(item.campaignId(), now);
        boolean beforeConferenceHeldPastItsStart = f.conferenceStarts() != null && now.isBefore(f.conferenceStarts())
                && allowed.isAfter(f.conferenceStarts());
        if (allowed.isAfter(now) && !beforeConferenceHeldPastItsStart) {
            return new Defer(allowed);
        }
        boolean learnerReminder = item.step().startsWith("remind-") || item.step().startsWith("deadline-morning")
                || item.step().startsWith("push-");
        if (!learnerReminder) {
            return SEND;
        }
        if (f.done()) {
            return new Skip("member done");
        }
        if (f.snoozedUntil() != null && f.snoozedUntil().isAfter(now)) {
            return new Defer(f.snoozedUntil());
        }
        if (f.ownAnnouncePending() || (!f.announceQueued() && now.isBefore(f.startsAt().plus(ANNOUNCE_GRACE)))) {
            return new Defer(now.plus(RECHECK));
        }
        return SEND;
    }

    private Map<Long, Facts> facts(List<OutboxItem> items) {
        Map<Long, Facts> facts = new HashMap<>();
        Long[] ids = items.stream().map(OutboxItem::id).toArray(Long[]::new);
        jdbc.sql("""
                SELECT o.id, c.status, c.starts_at, m.status AS member_status, s.until,
                       NOT EXISTS (SELECT 1 FROM assignments a JOIN units au ON au.id = a.unit_id
                                    WHERE a.campaign_id = o.campaign_id AND unit_within(u.path, au.path)
                                      AND NOT EXISTS (SELECT 1 FROM confirmations cf
                                                       WHERE cf.assignment_id = a.id AND cf.member_id = m.id)) AS done,
                       EXISTS (SELECT 1 FROM outbox an WHERE an.campaign_id = o.campaign_id AND an.step = 'announce'
                                  AND an.member_id = o.member_id AND an.status IN ('PENDING', 'SENDING')) AS own_announce_pending,
                       EXISTS (SELECT 1 FROM outbox an WHERE an.campaign_id = o.campaign_id AND an.step = 'announce') AS announce_queued,
                       cf.starts_at AS conference_starts, cf.ends_at AS conference_ends, cf.status AS conference_status
                  FROM outbox o
                  LEFT JOIN conferences cf ON cf.id = CAST(substring(o.step FROM '^conf([0-9]{1,18})-(?:invite|day|hour)$') AS bigint)
                  JOIN campaigns c ON c.id = o.campaign_id
                  JOIN members m ON m.id = o.member_id
                  JOIN units u ON u.id = m.unit_id
                  LEFT JOIN campaign_snoozes s ON s.campaign_id = o.campaign_id AND s.member_id = o.member_id
                 WHERE o.id = ANY(:ids)""")
                .param("ids", ids)
                .query((rs, n) -> {
                    Timestamp until = rs.getTimestamp("until");
                    Timestamp conference = rs.getTimestamp("conference_starts");
                    String conferenceStatus = rs.getString("conference_status");
                    Timestamp conferenceEnds = rs.getTimestamp("conference_ends");
                    facts.put(rs.getLong("id"), new Facts(rs.getString("status"), rs.getTimestamp("starts_at").toInstant(),
                            rs.getString("member_status"), until == null ? null : until.toInstant(), rs.getBoolean("done"),
                            rs.getBoolean("own_announce_pending"), rs.getBoolean("announce_queued"),
                            conference == null ? null : conference.toInstant(), conferenceEnds == null ? null : conferenceEnds.toInstant(),
                            conferenceStatus));
                    return null;
                }).list();
        return facts;
    }
}

package vn.hoctap.scheduler.conference;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoctap.scheduler.campaign.CampaignTexts.Text;
import vn.hoctap.scheduler.campaign.SendingWindows;
import vn.hoctap.scheduler.delivery.Keyboards;
import vn.hoctap.scheduler.delivery.Outbox;
import vn.hoctap.scheduler.delivery.Recipient;

/**
 * The timed steps of a conference, each turning into outbox rows of the conference's campaign (so
 * the campaign's quiet hours, cancellation and the delivery worker's rules apply): the convocation,
 * the reminders a day and an hour before, and at the end the make-up study for absentees. Steps
 * are idempotent: the outbox is unique per (campaign, step, member) and make-up assignments are
 * created once per conference.
 */
@Service
public class ConferenceSteps {

    private static final Logger log = LoggerFactory.getLogger(ConferenceSteps.class);

    private final ConferenceRepository conferences;
    private final ConferenceTexts texts;
    private final Outbox outbox;
    private final SendingWindows windows;
    private final Makeup makeup;
    private final JdbcClient jdbc;
    private final Clock clock;

    ConferenceSteps(ConferenceRepository conferences, ConferenceTexts texts, Outbox outbox, SendingWindows windows, Makeup makeup,
            JdbcClient jdbc, Clock clock) {
        this.conferences = conferences;
        this.texts = texts;
        this.outbox = outbox;
        this.windows = windows;
        this.makeup = makeup;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Invitee(long memberId, long chatId, String fullName, long pointId) {
    }

    /** Queues the convocation to every convened member on Telegram. */
    public int convoke(long conferenceId) {
        return convoke(conferenceId, null);
    }

    /** @param onlyMember one member's convocation (a late one), or null for every convened member */
    private int convoke(long conferenceId, Long onlyMember) {
        Conference c = planned(conferenceId);
        if (c == null) {
            return 0;
        }
        Map<Long, ConferencePoint> points = pointsById(conferenceId);
        List<String> docs = conferences.documentLines(conferenceId);
        List<Recipient> recipients = invitees(conferenceId, false, onlyMember).stream().map(i -> recipient(i,
                texts.convocation(c, points.get(i.pointId()), i.fullName(), docs))).toList();
        return queue(c, "conf" + conferenceId + "-invite", recipients);
    }

    /**
     * Queues the convocations a member linked just now missed: every planned conference not yet
     * started that convenes them (the convocation went out when it was created, to members on
     * Telegram then). Idempotent: the outbox keeps one convocation per conference and member.
     */
    public int convokeLate(long memberId) {
        int queued = 0;
        for (long conferenceId : jdbc.sql("""
                SELECT c.id FROM conferences c JOIN conference_attendees a ON a.conference_id = c.id
                 WHERE a.member_id = :m AND a.convened AND a.checked_in_at IS NULL AND c.status = 'PLANNED' AND c.starts_at > :now
                 ORDER BY c.starts_at""").param("m", memberId).param("now", java.sql.Timestamp.from(clock.instant()))
                .query(Long.class).list()) {
            queued += convoke(conferenceId, memberId);
        }
        return queued;
    }

    /**
     * The reminder a day or an hour before, to convened members who did not say they are absent.
     * The hour-before reminder is dropped when quiet hours would hold it past the start.
     */
    public int remind(long conferenceId, boolean hourBefore) {
        Conference c = planned(conferenceId);
        Instant now = clock.instant();
        if (c == null || !now.isBefore(c.startsAt()) || (hourBefore && !windows.nextAllowed(c.campaignId(), now).isBefore(c.startsAt()))) {
            return 0;
        }
        Map<Long, ConferencePoint> points = pointsById(conferenceId);
        List<Recipient> recipients = invitees(conferenceId, true, null).stream()
                .map(i -> recipient(i, texts.reminder(c, points.get(i.pointId()), hourBefore))).toList();
        return queue(c, "conf" + conferenceId + (hourBefore ? "-hour" : "-day"), recipients);
    }

    /**
     * Closes the conference: absentees get the documents as a make-up assignment (with its own
     * deadline) and a message; attendance counts as having studied them.
     */
    @Transactional
    public int end(long conferenceId) {
        Conference c = conferences.findById(conferenceId).orElse(null);
        if (c == null || c.status() == Conference.Status.CANCELLED) {
            return 0;
        }
        Instant now = clock.instant();
        Instant endedAt = now.isBefore(c.endsAt()) ? now : c.endsAt();
        if (c.status() == Conference.Status.PLANNED) {
            conferences.markEnded(conferenceId, now);
            makeup.assign(c, endedAt);
        }
        // Each absentee's own deadline per document: the make-up assignment's, or the campaign's where it
        // already assigned the document to them (Makeup then made none). A document they have already
        // confirmed (studied before, or at an earlier conference) is left out, and an absentee with
        // nothing left gets no message. One query for every absentee.
        Map<Invitee, List<ConferenceTexts.Due>> dues = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                SELECT m.id, m.telegram_user_id, m.full_name, d.number || '-' || d.doc_type || '/' || d.issuer || ' — ' || d.title, min(x.deadline)
                  FROM conference_attendees at
                  JOIN members m ON m.id = at.member_id
                  JOIN units mu ON mu.id = m.unit_id
                  JOIN conference_documents cd ON cd.conference_id = at.conference_id
                  JOIN documents d ON d.id = cd.document_id
                  JOIN assignments x ON x.campaign_id = :campaign AND x.document_id = cd.document_id
                  JOIN units xu ON xu.id = x.unit_id AND unit_within(mu.path, xu.path)
                 WHERE at.conference_id = :c AND at.convened AND at.checked_in_at IS NULL
                   AND m.status = 'ACTIVE' AND m.telegram_user_id IS NOT NULL
                 GROUP BY m.id, m.telegram_user_id, m.full_name, d.id
                HAVING NOT bool_or(EXISTS (SELECT 1 FROM confirmations f WHERE f.member_id = m.id AND f.assignment_id = x.id))
                 ORDER BY m.id, d.id""").param("c", conferenceId).param("campaign", c.campaignId())
                .query((rs, n) -> dues.computeIfAbsent(new Invitee(rs.getLong(1), rs.getLong(2), rs.getString(3), 0), k -> new ArrayList<>())
                        .add(new ConferenceTexts.Due(rs.getString(4), rs.getTimestamp(5).toInstant())))
                .list();
        List<Recipient> recipients = dues.entrySet().stream().map(e -> recipient(e.getKey(), texts.makeup(c, e.getKey().fullName(), e.getValue()))).toList();
        return queue(c, "conf" + conferenceId + "-makeup", recipients);
    }

    private int queue(Conference c, String step, List<Recipient> recipients) {
        int queued = outbox.enqueue(c.campaignId(), step, recipients, clock.instant(), false);
        log.info("Conference {} step {}: {} message(s) queued", c.id(), step, queued);
        return queued;
    }

    private Conference planned(long conferenceId) {
        return conferences.findById(conferenceId).filter(c -> c.status() == Conference.Status.PLANNED).orElse(null);
    }

    private Map<Long, ConferencePoint> pointsById(long conferenceId) {
        return conferences.points(conferenceId).stream().collect(Collectors.toMap(ConferencePoint::id, Function.identity()));
    }

    /** @param onlyMember one member's row (a late convocation), or null for all */
    private List<Invitee> invitees(long conferenceId, boolean notDeclined, Long onlyMember) {
        return jdbc.sql("""
                SELECT m.id, m.telegram_user_id, m.full_name, a.point_id
                  FROM conference_attendees a JOIN members m ON m.id = a.member_id
                 WHERE a.conference_id = :c AND a.convened AND m.status = 'ACTIVE' AND m.telegram_user_id IS NOT NULL
                   AND (NOT :nd OR a.rsvp IS DISTINCT FROM 'NO') AND a.checked_in_at IS NULL
                   AND (CAST(:only AS bigint) IS NULL OR m.id = :only)
                 ORDER BY m.id""").param("c", conferenceId).param("nd", notDeclined).param("only", onlyMember, java.sql.Types.BIGINT)
                .query((rs, n) -> new Invitee(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4))).list();
    }

    private static Recipient recipient(Invitee i, Text t) {
        return new Recipient(i.memberId(), i.chatId(), t.body(), Keyboards.toJson(t.keyboard()));
    }
}

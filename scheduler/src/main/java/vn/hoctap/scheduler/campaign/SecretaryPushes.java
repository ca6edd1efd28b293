package vn.hoctap.scheduler.campaign;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoctap.scheduler.delivery.Keyboards;
import vn.hoctap.scheduler.delivery.Outbox;
import vn.hoctap.scheduler.delivery.Recipient;
import vn.hoctap.scheduler.unit.OutOfScopeException;
import vn.hoctap.scheduler.unit.Requester;

/**
 * A secretary reminding the members of their own unit who are not done (/nhacnho): a preview with
 * the count first, then the push, at most {@code dailyCap} pushes per campaign per day.
 */
@Service
public class SecretaryPushes {

    /**
     * What a push would do, shown before the secretary confirms: {@code notDone} are the members it
     * reaches (snoozed ones included: the outbox holds their copy until the snooze ends), never the
     * secretary themself, who is reading the preview; {@code everyone}
     * is every member not done, with why, including those the bot cannot reach (not linked, blocked).
     */
    public record Preview(Campaign campaign, long unitId, String unitName, List<CampaignTexts.Learner> notDone, int pushesLeftToday,
            List<CellStatus.MemberState> everyone) {
    }

    /** What a tap on "send" did: {@code repeated} when an identical push was queued less than a minute ago. */
    public record PushResult(int queued, boolean repeated) {
    }

    private final JdbcClient jdbc;
    private final CellStatus cells;
    private final Campaigns campaigns;
    private final CampaignTargets targets;
    private final CampaignTexts texts;
    private final Outbox outbox;
    private final SendingWindows windows;
    private final Clock clock;
    private final int dailyCap;

    public SecretaryPushes(JdbcClient jdbc, CellStatus cells, Campaigns campaigns, CampaignTargets targets, CampaignTexts texts,
            Outbox outbox, SendingWindows windows, Clock clock, CampaignProperties props) {
        this.jdbc = jdbc;
        this.cells = cells;
        this.campaigns = campaigns;
        this.targets = targets;
        this.texts = texts;
        this.outbox = outbox;
        this.windows = windows;
        this.clock = clock;
        this.dailyCap = props.secretaryDailyPushes();
    }

    /** The unit this member is secretary of (the lowest one if several). */
    public Optional<Long> unitOf(long secretaryMemberId) {
        return jdbc.sql("""
                SELECT u.id FROM unit_roles r JOIN units u ON u.id = r.unit_id
                 WHERE r.member_id = :m AND u.closed_at IS NULL ORDER BY u.depth DESC, r.role DESC, u.id LIMIT 1""")
                .param("m", secretaryMemberId).query(Long.class).optional();
    }

    public List<Campaign> campaignsFor(long secretaryMemberId) {
        return unitOf(secretaryMemberId).map(u -> campaigns.visible(Requester.secretary(secretaryMemberId, u))).orElse(List.of());
    }

    public Optional<Preview> preview(long secretaryMemberId, long campaignId) {
        Optional<Long> unit = unitOf(secretaryMemberId);
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        return campaignsFor(secretaryMemberId).stream().filter(c -> c.id() == campaignId).findFirst().map(c -> new Preview(c,
                unit.get(), jdbc.sql("SELECT name FROM units WHERE id = :u").param("u", unit.get()).query(String.class).single(),
                targets.notDoneIn(c.id(), unit.get()).stream().map(CampaignTargets.Pending::learner)
                        .filter(l -> l.memberId() != secretaryMemberId).toList(),
                dailyCap - pushesToday(secretaryMemberId, c.id()),
                cells.of(c.id(), unit.get()).stream().filter(m -> !m.done()).toList()));
    }

    /** The secretary's unit in one campaign, every member with their standing (for /chibo). */
    public Optional<List<CellStatus.MemberState>> cellView(long secretaryMemberId, long campaignId) {
        Optional<Long> unit = unitOf(secretaryMemberId);
        if (unit.isEmpty() || campaignsFor(secretaryMemberId).stream().noneMatch(c -> c.id() == campaignId)) {
            return Optional.empty();
        }
        return Optional.of(cells.of(campaignId, unit.get()));
    }

    /**
     * Reminds one member of the secretary's unit who is not done. Once per member and day: a second
     * tap the same day, or a tap for a member a unit's reminder reached today, queues nothing (returns
     * 0). Does not use the unit's daily pushes.
     *
     * @throws OutOfScopeException when the member is not a reachable, not-done member of the unit
     */
    @Transactional
    public int pushOne(long secretaryMemberId, long campaignId, long memberId, String secretaryName) {
        Preview p = preview(secretaryMemberId, campaignId)
                .orElseThrow(() -> new OutOfScopeException("campaign " + campaignId + " is not visible to this secretary"));
        CampaignTexts.Learner l = p.notDone().stream().filter(x -> x.memberId() == memberId).findFirst()
                .orElseThrow(() -> new OutOfScopeException("member " + memberId + " is not a reachable member still to finish"));
        // Once a day per member, the unit's reminder included: a tap on "Nhắc" right after "Gửi nhắc nhở"
        // would send the same words twice.
        if (jdbc.sql("""
                SELECT count(*) FROM outbox WHERE campaign_id = :c AND member_id = :m AND step LIKE :today
                   AND status IN ('PENDING', 'SENDING', 'SENT')""")
                .param("c", campaignId).param("m", memberId).param("today", "push-%-" + today() + "-%").query(Long.class).single() > 0) {
            return 0;
        }
        CampaignTexts.Text t = texts.secretaryPush(p.campaign(), l, secretaryName);
        return outbox.enqueue(campaignId, "push1-" + secretaryMemberId + "-" + memberId + "-" + today(),
                List.of(new Recipient(l.memberId(), l.chatId(), t.body(), Keyboards.toJson(t.keyboard()))), clock.instant(), false);
    }

    /**
     * Queues the reminder to every not-done member of the secretary's unit. A second tap within a
     * minute (double tap, re-delivered button) queues nothing and returns 0.
     *
     * @throws IllegalStateException when today's cap is used up
     */
    @Transactional
    public PushResult push(long secretaryMemberId, long campaignId, String secretaryName) {
        Preview p = preview(secretaryMemberId, campaignId)
                .orElseThrow(() -> new OutOfScopeException("campaign " + campaignId + " is not visible to this secretary"));
        if (p.pushesLeftToday() <= 0) {
            throw new IllegalStateException("daily cap of " + dailyCap + " reminders reached");
        }
        if (jdbc.sql("""
                SELECT count(*) FROM secretary_pushes WHERE secretary_member_id = :s AND campaign_id = :c
                   AND created_at > :since""").param("s", secretaryMemberId).param("c", campaignId)
                .param("since", java.sql.Timestamp.from(clock.instant().minusSeconds(60))).query(Long.class).single() > 0) {
            return new PushResult(0, true);
        }
        int n = pushesToday(secretaryMemberId, campaignId) + 1;
        String step = "push-" + secretaryMemberId + "-" + today() + "-" + n;
        List<Recipient> recipients = p.notDone().stream().map(l -> {
            CampaignTexts.Text t = texts.secretaryPush(p.campaign(), l, secretaryName);
            return new Recipient(l.memberId(), l.chatId(), t.body(), Keyboards.toJson(t.keyboard()));
        }).toList();
        jdbc.sql("""
                INSERT INTO secretary_pushes (campaign_id, secretary_member_id, unit_id, pushed_on, recipients, created_at)
                VALUES (:c, :s, :u, :d, :n, :at)""").param("c", campaignId).param("s", secretaryMemberId).param("u", p.unitId())
                .param("d", Date.valueOf(today())).param("n", recipients.size())
                .param("at", java.sql.Timestamp.from(clock.instant())).update();
        return new PushResult(outbox.enqueue(campaignId, step, recipients, clock.instant(), false), false);
    }

    private int pushesToday(long secretaryMemberId, long campaignId) {
        return jdbc.sql("SELECT count(*) FROM secretary_pushes WHERE secretary_member_id = :s AND campaign_id = :c AND pushed_on = :d")
                .param("s", secretaryMemberId).param("c", campaignId).param("d", Date.valueOf(today())).query(Integer.class).single();
    }

    private LocalDate today() {
        return clock.instant().atZone(windows.zone()).toLocalDate();
    }
}

package vn.hoctap.scheduler.campaign;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoctap.scheduler.delivery.Keyboards;
import vn.hoctap.scheduler.delivery.Outbox;
import vn.hoctap.scheduler.delivery.Recipient;

/**
 * A secretary reminding the members of their own unit who are not done (/nhacnho): a preview with
 * the count first, then the push, at most {@code dailyCap} pushes per campaign per day.
 */
@Service
public class SecretaryPushes {

    /** What a push would do, shown before the secretary confirms. */
    public record Preview(Campaign campaign, long unitId, String unitName, List<CampaignTexts.Learner> notDone, int pushesLeftToday) {
    }

    private final JdbcClient jdbc;
    private final Campaigns campaigns;
    private final CampaignTargets targets;
    private final CampaignTexts texts;
    private final Outbox outbox;
    private final SendingWindows windows;
    private final Clock clock;
    private final int dailyCap;

    public SecretaryPushes(JdbcClient jdbc, Campaigns campaigns, CampaignTargets targets, CampaignTexts texts, Outbox outbox,
            SendingWindows windows, Clock clock, @Value("${hoctap.campaigns.secretary-daily-pushes:2}") int dailyCap) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.targets = targets;
        this.texts = texts;
        this.outbox = outbox;
        this.windows = windows;
        this.clock = clock;
        this.dailyCap = dailyCap;
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
                targets.notDoneIn(c.id(), unit.get()).stream().map(CampaignTargets.Pending::learner).toList(),
                dailyCap - pushesToday(secretaryMemberId, c.id())));
    }

    /**
     * Queues the reminder to every not-done member of the secretary's unit. A second tap within a
     * minute (double tap, re-delivered button) queues nothing and returns 0.
     *
     * @throws IllegalStateException when today's cap is used up
     */
    @Transactional
    public int push(long secretaryMemberId, long campaignId, String secretaryName) {
        Preview p = preview(secretaryMemberId, campaignId)
                .orElseThrow(() -> new OutOfScopeException("campaign " + campaignId + " is not visible to this secretary"));
        if (p.pushesLeftToday() <= 0) {
            throw new IllegalStateException("daily cap of " + dailyCap + " reminders reached");
        }
        if (jdbc.sql("""
                SELECT count(*) FROM secretary_pushes WHERE secretary_member_id = :s AND campaign_id = :c
                   AND created_at > :since""").param("s", secretaryMemberId).param("c", campaignId)
                .param("since", java.sql.Timestamp.from(clock.instant().minusSeconds(60))).query(Long.class).single() > 0) {
            return 0;
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
        return outbox.enqueue(campaignId, step, recipients, clock.instant(), false);
    }

    private int pushesToday(long secretaryMemberId, long campaignId) {
        return jdbc.sql("SELECT count(*) FROM secretary_pushes WHERE secretary_member_id = :s AND campaign_id = :c AND pushed_on = :d")
                .param("s", secretaryMemberId).param("c", campaignId).param("d", Date.valueOf(today())).query(Integer.class).single();
    }

    private LocalDate today() {
        return clock.instant().atZone(windows.zone()).toLocalDate();
    }
}

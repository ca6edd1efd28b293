package vn.hoctap.scheduler.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hoctap.scheduler.campaign.CampaignRepository;
import vn.hoctap.scheduler.campaign.CampaignTargets;
import vn.hoctap.scheduler.delivery.Keyboards;
import vn.hoctap.scheduler.delivery.Outbox;
import vn.hoctap.scheduler.delivery.Recipient;

/**
 * Part of a campaign's daily digest, once any committee has uploaded an action programme for it:
 * the secretary of each unit above the communes hears which of its child committees have not
 * issued theirs yet (one outbox row per secretary and day, so a re-run queues nothing).
 */
@Component
public class ProgrammeDigest {

    private final ActionProgrammes programmes;
    private final CampaignRepository campaigns;
    private final CampaignTargets targets;
    private final ProgrammeTexts texts;
    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final Clock clock;

    ProgrammeDigest(ActionProgrammes programmes, CampaignRepository campaigns, CampaignTargets targets, ProgrammeTexts texts, Outbox outbox,
            JdbcClient jdbc, Clock clock) {
        this.programmes = programmes;
        this.campaigns = campaigns;
        this.targets = targets;
        this.texts = texts;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public int queue(long campaignId, LocalDate day) {
        var campaign = campaigns.findById(campaignId).filter(c -> c.isActive()).orElse(null);
        if (campaign == null || jdbc.sql("SELECT count(*) FROM action_programmes WHERE campaign_id = :c").param("c", campaignId)
                .query(Long.class).single() == 0) {
            return 0;
        }
        List<Long> audience = campaigns.audience(campaignId);
        int queued = 0;
        for (CampaignTargets.Leader leader : targets.leaders()) {
            boolean inAudience = audience.stream().anyMatch(u -> jdbc.sql("""
                    SELECT count(*) FROM units a, units l WHERE a.id = :a AND l.id = :l AND unit_related(l.path, a.path)""")
                    .param("a", u).param("l", leader.unitId()).query(Long.class).single() > 0);
            List<ActionProgrammes.UnitStanding> committees = programmes.children(campaignId, leader.unitId()).stream()
                    .filter(s -> isCommittee(s.unitId())).toList();
            List<ActionProgrammes.UnitStanding> lagging = committees.stream().filter(s -> s.status() != ActionProgrammes.Status.ISSUED).toList();
            if (!inAudience || lagging.isEmpty()) {
                continue;
            }
            var t = texts.lagging(campaign.name(), leader.unitName(), lagging, committees.size());
            queued += outbox.enqueue(campaignId, "progdigest-" + day + "-u" + leader.unitId(), List.of(new Recipient(
                    leader.secretary().memberId(), leader.secretary().chatId(), t.body(), Keyboards.toJson(t.keyboard()))), clock.instant(), false);
        }
        return queued;
    }

    private boolean isCommittee(long unitId) {
        return jdbc.sql("SELECT level <> 'CELL' FROM units WHERE id = :u").param("u", unitId).query(Boolean.class).single();
    }
}

package vn.hoctap.bot.campaigns;

import java.time.Clock;
import java.time.Duration;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.Action;
import vn.hoctap.bot.telegram.CallbackData;
import vn.hoctap.bot.telegram.CallbackHandler;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.scheduler.campaign.CampaignRepository;
import vn.hoctap.scheduler.campaign.Snoozes;
import vn.hoctap.scheduler.member.MemberRepository;

/** "⏰ Nhắc tôi sau" under a campaign message: postpones this campaign's messages to the member. */
@Component
class SnoozeCallback implements CallbackHandler {

    private final Snoozes snoozes;
    private final CampaignRepository campaigns;
    private final MemberRepository members;
    private final TelegramGateway telegram;
    private final Texts texts;
    private final Clock clock;

    SnoozeCallback(Snoozes snoozes, CampaignRepository campaigns, MemberRepository members, TelegramGateway telegram,
            Texts texts, Clock clock) {
        this.snoozes = snoozes;
        this.campaigns = campaigns;
        this.members = members;
        this.telegram = telegram;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public Action action() {
        return CampaignActions.SNOOZE;
    }

    @Override
    public void handle(Incoming in, CallbackData data, ChatSession session) {
        var member = members.findByTelegramUserId(in.userId());
        var campaign = campaigns.findById(data.arg(0)).filter(c -> c.isActive());
        if (member.isEmpty() || campaign.isEmpty()) {
            telegram.answerCallback(in.callbackId(), texts.get("study.stale"), true);
            return;
        }
        var until = snoozes.snooze(campaign.get().id(), member.get().id());
        telegram.answerCallback(in.callbackId(), texts.get("snooze.done", length(Duration.between(clock.instant(), until))), true);
    }

    /** "1 ngày" for a day (the few milliseconds since the snooze was stored must not make it "23 giờ"). */
    private String length(Duration d) {
        long hours = Math.max(1, (d.toMinutes() + 30) / 60);
        if (hours % 24 == 0) {
            return texts.get("campaign.days", hours / 24);
        }
        return hours < 24 ? texts.get("campaign.hours", hours)
                : texts.get("campaign.days", hours / 24) + " " + texts.get("campaign.hours", hours % 24);
    }
}

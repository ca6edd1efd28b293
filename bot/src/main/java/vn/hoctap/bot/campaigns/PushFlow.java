package vn.hoctap.bot.campaigns;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.telegram.Button;
import vn.hoctap.bot.telegram.CallbackData;
import vn.hoctap.bot.telegram.Keyboard;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.scheduler.campaign.CampaignTexts;
import vn.hoctap.scheduler.campaign.SecretaryPushes;
import vn.hoctap.scheduler.member.Member;
import vn.hoctap.scheduler.member.MemberRepository;

/**
 * The secretary's reminder flow shared by {@code /nhacnho}, the digest's button and the preview:
 * pick a campaign ({@code np:C}), see who would be reminded, confirm ({@code ns:C}).
 */
@Component
class PushFlow {

    private static final int PREVIEW_NAMES = 20;

    private final SecretaryPushes pushes;
    private final MemberRepository members;
    private final TelegramGateway telegram;
    private final Texts texts;

    PushFlow(SecretaryPushes pushes, MemberRepository members, TelegramGateway telegram, Texts texts) {
        this.pushes = pushes;
        this.members = members;
        this.telegram = telegram;
        this.texts = texts;
    }

    /** The secretary behind a Telegram user, or a polite refusal. */
    Optional<Member> secretary(long userId, long chatId) {
        Optional<Member> m = members.findByTelegramUserId(userId).filter(x -> pushes.unitOf(x.id()).isPresent());
        if (m.isEmpty()) {
            telegram.send(chatId, texts.get("push.notSecretary"));
        }
        return m;
    }

    void pickCampaign(Member secretary, long chatId) {
        var campaigns = pushes.campaignsFor(secretary.id());
        if (campaigns.isEmpty()) {
            telegram.send(chatId, texts.get("push.noCampaigns"));
            return;
        }
        Button[] buttons = campaigns.stream().map(c -> new Button("📣 " + c.name(), CallbackData.of("np", c.id()))).toArray(Button[]::new);
        telegram.send(chatId, texts.get("push.pick"), Keyboard.of(buttons));
    }

    void preview(Member secretary, long campaignId, long chatId) {
        var preview = pushes.preview(secretary.id(), campaignId);
        if (preview.isEmpty()) {
            telegram.send(chatId, texts.get("study.stale"));
            return;
        }
        var p = preview.get();
        if (p.notDone().isEmpty()) {
            telegram.send(chatId, texts.get("push.nobody", p.unitName(), p.campaign().name()));
            return;
        }
        if (p.pushesLeftToday() <= 0) {
            telegram.send(chatId, texts.get("push.capReached"));
            return;
        }
        List<String> names = p.notDone().stream().map(CampaignTexts.Learner::fullName).toList();
        StringBuilder list = new StringBuilder();
        names.stream().limit(PREVIEW_NAMES).forEach(n -> list.append("• ").append(n).append('\n'));
        if (names.size() > PREVIEW_NAMES) {
            list.append(texts.get("campaign.digest.more", names.size() - PREVIEW_NAMES));
        }
        telegram.send(chatId, texts.get("push.preview", p.campaign().name(), p.unitName(), names.size(), list.toString().strip(),
                p.pushesLeftToday()), Keyboard.of(new Button(texts.get("button.sendPush", names.size()), CallbackData.of("ns", campaignId))));
    }

    void send(Member secretary, long campaignId, long chatId) {
        try {
            int queued = pushes.push(secretary.id(), campaignId, secretary.fullName());
            telegram.send(chatId, texts.get("push.sent", queued));
        } catch (IllegalStateException e) {
            telegram.send(chatId, texts.get("push.capReached"));
        }
    }
}

package vn.hoctap.bot.campaigns;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.telegram.Action;
import vn.hoctap.bot.telegram.Button;
import vn.hoctap.bot.telegram.Keyboard;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.scheduler.campaign.Campaign;
import vn.hoctap.scheduler.campaign.CampaignRepository;
import vn.hoctap.scheduler.campaign.CellStatus;
import vn.hoctap.scheduler.campaign.SecretaryPushes;
import vn.hoctap.scheduler.member.Member;
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.unit.OutOfScopeException;

/**
 * The secretary's reminder flow shared by {@code /nhacnho}, {@code /chibo}, the digest's button and
 * the preview: pick a campaign ({@code np:C}), see everyone not done and whether the bot can reach
 * them, confirm ({@code ns:C}); or remind one member from the cell view ({@code cr:C:M}).
 */
@Component
class PushFlow {

    static final int PREVIEW_NAMES = 20;

    private final SecretaryPushes pushes;
    private final CampaignRepository campaigns;
    private final MemberRepository members;
    private final TelegramGateway telegram;
    private final Texts texts;

    PushFlow(SecretaryPushes pushes, CampaignRepository campaigns, MemberRepository members, TelegramGateway telegram, Texts texts) {
        this.pushes = pushes;
        this.campaigns = campaigns;
        this.members = members;
        this.telegram = telegram;
        this.texts = texts;
    }

    /** The secretary (or deputy) behind a Telegram user, or a polite refusal. */
    Optional<Member> secretary(long userId, long chatId) {
        Optional<Member> m = members.findByTelegramUserId(userId).filter(x -> pushes.unitOf(x.id()).isPresent());
        if (m.isEmpty()) {
            telegram.send(chatId, texts.get("push.notSecretary"));
        }
        return m;
    }

    List<Campaign> campaignsOf(Member secretary) {
        return pushes.campaignsFor(secretary.id());
    }

    /** Campaign buttons leading to {@code action} (reminder preview or cell view); null when there are none. */
    List<Campaign> pickCampaign(Member secretary, long chatId, Action action, String promptKey) {
        var campaigns = pushes.campaignsFor(secretary.id());
        if (campaigns.isEmpty()) {
            telegram.send(chatId, texts.get("push.noCampaigns"));
            return campaigns;
        }
        Button[] buttons = campaigns.stream().map(c -> action.button(action == CampaignActions.PUSH_PREVIEW ? "📣 " + c.name()
                : texts.get("button.cellView", c.name()), c.id())).toArray(Button[]::new);
        telegram.send(chatId, texts.get(promptKey), Keyboard.of(buttons));
        return campaigns;
    }

    void preview(Member secretary, long campaignId, long chatId) {
        var preview = pushes.preview(secretary.id(), campaignId);
        if (preview.isEmpty()) {
            telegram.send(chatId, texts.get("study.stale"));
            return;
        }
        var p = preview.get();
        if (p.everyone().isEmpty()) {
            telegram.send(chatId, texts.get("push.nobody", p.unitName(), p.campaign().name()));
            return;
        }
        if (p.pushesLeftToday() <= 0) {
            telegram.send(chatId, texts.get("push.capReached"));
            return;
        }
        StringBuilder groups = new StringBuilder();
        // The secretary reads this preview: they are told they are not done, not listed as someone to remind.
        List<CellStatus.MemberState> others = p.everyone().stream().filter(m -> m.memberId() != secretary.id()).toList();
        List<CellStatus.MemberState> now = others.stream().filter(m -> m.reachable() && m.snoozedUntil() == null).toList();
        List<CellStatus.MemberState> snoozed = others.stream().filter(m -> m.reachable() && m.snoozedUntil() != null).toList();
        List<CellStatus.MemberState> unlinked = p.everyone().stream().filter(m -> m.state() == CellStatus.State.NOT_LINKED).toList();
        List<CellStatus.MemberState> blocked = p.everyone().stream().filter(m -> m.state() == CellStatus.State.UNREACHABLE).toList();
        group(groups, "push.group.now", now, CellStatus.MemberState::fullName);
        group(groups, "push.group.snoozed", snoozed,
                m -> m.fullName() + " (" + texts.get("push.snoozedUntil", texts.dateTime(m.snoozedUntil())) + ")");
        group(groups, "push.group.unlinked", unlinked, CellStatus.MemberState::fullName);
        if (!unlinked.isEmpty()) {
            groups.append(texts.get("push.sheetHint", p.unitName())).append("\n\n");
        }
        group(groups, "push.group.blocked", blocked, CellStatus.MemberState::fullName);
        if (others.size() < p.everyone().size()) {
            groups.append(texts.get("push.self")).append("\n\n");
        }
        int reachable = p.notDone().size();
        if (reachable == 0) {
            telegram.send(chatId, texts.get("push.previewNobody", p.campaign().name(), p.unitName(), p.everyone().size(),
                    groups.toString().strip()));
            return;
        }
        telegram.send(chatId, texts.get("push.preview", p.campaign().name(), p.unitName(), p.everyone().size(),
                groups.toString().strip(), p.pushesLeftToday()),
                Keyboard.of(CampaignActions.PUSH_SEND.button(texts.get("button.sendPush", reachable), campaignId)));
    }

    private void group(StringBuilder out, String headingKey, List<CellStatus.MemberState> list,
            Function<CellStatus.MemberState, String> line) {
        if (list.isEmpty()) {
            return;
        }
        out.append(texts.get(headingKey, list.size())).append('\n');
        list.stream().limit(PREVIEW_NAMES).forEach(m -> out.append("• ").append(line.apply(m)).append('\n'));
        if (list.size() > PREVIEW_NAMES) {
            out.append(texts.get("campaign.digest.more", list.size() - PREVIEW_NAMES)).append('\n');
        }
        out.append('\n');
    }

    void send(Member secretary, long campaignId, long chatId) {
        try {
            SecretaryPushes.PushResult result = pushes.push(secretary.id(), campaignId, secretary.fullName());
            if (result.repeated()) {
                telegram.send(chatId, texts.get("push.repeated"));
                return;
            }
            telegram.send(chatId, texts.get("push.sent", result.queued(), quietHours(campaignId)));
        } catch (IllegalStateException e) {
            telegram.send(chatId, texts.get("push.capReached"));
        } catch (OutOfScopeException e) {
            telegram.send(chatId, texts.get("study.stale"));
        }
    }

    void sendOne(Member secretary, long campaignId, long memberId, long chatId) {
        String name = members.findById(memberId).map(Member::fullName).orElse("");
        try {
            int queued = pushes.pushOne(secretary.id(), campaignId, memberId, secretary.fullName());
            telegram.send(chatId, texts.get(queued > 0 ? "push.oneSent" : "push.oneRepeated", name));
        } catch (OutOfScopeException e) {
            telegram.send(chatId, texts.get("push.oneRefused"));
        }
    }

    /** ", ngoài giờ nghỉ 21:00–07:00 của đợt học tập" from the campaign's own window; nothing when it has none. */
    private String quietHours(long campaignId) {
        return campaigns.findById(campaignId).map(c -> c.reminders().quietStart().equals(c.reminders().quietEnd()) ? ""
                : texts.get("push.quiet", c.reminders().quietStart(), c.reminders().quietEnd())).orElse("");
    }
}

package vn.hoctap.bot.campaigns;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.telegram.Button;
import vn.hoctap.bot.telegram.Keyboard;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.scheduler.campaign.CampaignRepository;
import vn.hoctap.scheduler.campaign.CellStatus;
import vn.hoctap.scheduler.campaign.SecretaryPushes;
import vn.hoctap.scheduler.member.Member;
import vn.hoctap.scheduler.unit.UnitRepository;

/**
 * The secretary's cell view ({@code /chibo}): per campaign, who has finished and who has not and
 * why, with a button per member the bot can remind ({@code cr:C:M}) and one for everyone not done
 * (the {@code /nhacnho} preview, {@code np:C}).
 */
@Component
class CellViews {

    static final int NAMES = 60;
    static final int BUTTONS = 20;

    private final SecretaryPushes pushes;
    private final CampaignRepository campaigns;
    private final UnitRepository units;
    private final TelegramGateway telegram;
    private final Texts texts;

    CellViews(SecretaryPushes pushes, CampaignRepository campaigns, UnitRepository units, TelegramGateway telegram, Texts texts) {
        this.pushes = pushes;
        this.campaigns = campaigns;
        this.units = units;
        this.telegram = telegram;
        this.texts = texts;
    }

    void show(Member secretary, long campaignId, long chatId) {
        var view = pushes.cellView(secretary.id(), campaignId);
        var campaign = campaigns.findById(campaignId);
        var unit = pushes.unitOf(secretary.id()).flatMap(units::findById);
        if (view.isEmpty() || campaign.isEmpty() || unit.isEmpty()) {
            telegram.send(chatId, texts.get("study.stale"));
            return;
        }
        List<CellStatus.MemberState> done = view.get().stream().filter(CellStatus.MemberState::done).toList();
        List<CellStatus.MemberState> notDone = view.get().stream().filter(m -> !m.done()).toList();
        StringBuilder text = new StringBuilder(texts.get("cell.view", unit.get().name(), campaign.get().name(),
                texts.dateTime(campaign.get().deadline()), done.size(), view.get().size()));
        if (!notDone.isEmpty()) {
            text.append("\n\n").append(texts.get("cell.notDone", notDone.size()));
            notDone.stream().limit(NAMES).forEach(m -> {
                text.append("\n• ").append(m.fullName()).append(" — ").append(texts.get("cell.state." + m.state()));
                if (m.confirmed() > 0) {
                    // "not opened" may be about one document of several: say how far they are.
                    text.append(' ').append(texts.get("cell.partial", m.confirmed(), m.assigned()));
                }
                if (m.snoozedUntil() != null) {
                    text.append(" (").append(texts.get("cell.snoozed", texts.dateTime(m.snoozedUntil()))).append(')');
                }
            });
            more(text, notDone.size());
        }
        if (!done.isEmpty()) {
            text.append("\n\n").append(texts.get("cell.done", done.size()));
            done.stream().limit(NAMES).forEach(m -> text.append("\n• ").append(m.fullName()));
            more(text, done.size());
        }
        List<Button> buttons = new ArrayList<>();
        // Nobody reminds themself: the secretary is listed above but gets no button.
        List<CellStatus.MemberState> remindable = notDone.stream()
                .filter(m -> m.reachable() && m.memberId() != secretary.id()).toList();
        remindable.stream().limit(BUTTONS).forEach(m -> buttons.add(
                CampaignActions.REMIND_ONE.button(texts.get("button.remindOne", m.fullName()), campaignId, m.memberId())));
        long reachable = remindable.size();
        if (reachable > 0) {
            buttons.add(CampaignActions.PUSH_PREVIEW.button(texts.get("button.remindAll", reachable), campaignId));
        }
        telegram.send(chatId, text.toString(), Keyboard.of(buttons.toArray(Button[]::new)));
    }

    private void more(StringBuilder text, int size) {
        if (size > NAMES) {
            text.append('\n').append(texts.get("campaign.digest.more", size - NAMES));
        }
    }
}

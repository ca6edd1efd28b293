package vn.hoctap.bot.campaigns;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.study.StudyActions;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.scheduler.campaign.Campaign;
import vn.hoctap.scheduler.campaign.CampaignTexts;
import vn.hoctap.scheduler.delivery.OutgoingMessage.ButtonSpec;

/** The Vietnamese wording of campaign messages, from the message bundle. */
@Component
class CampaignMessages implements CampaignTexts {

    private static final int DIGEST_NAMES = 30;

    private final Texts texts;

    CampaignMessages(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Text announcement(Campaign c, Learner l) {
        return new Text(texts.get("campaign.announce", c.name(), l.fullName(), String.join(", ", l.pendingDocuments()),
                texts.dateTime(c.deadline())), studyButtons(c));
    }

    @Override
    public Text reminder(Campaign c, Learner l, Instant now) {
        Duration left = Duration.between(now, c.deadline());
        String docs = String.join(", ", l.pendingDocuments());
        if (left.toHours() < 24) {
            return new Text(texts.get("campaign.remind.today", c.name(), texts.dateTime(c.deadline()), l.fullName(), docs),
                    studyButtons(c));
        }
        String remaining = left.toDays() >= 1 ? texts.get("campaign.days", left.toDays()) : texts.get("campaign.hours", left.toHours());
        return new Text(texts.get("campaign.remind", c.name(), texts.dateTime(c.deadline()), remaining, l.fullName(), docs),
                studyButtons(c));
    }

    @Override
    public Text secretaryDigest(Campaign c, String cellName, List<String> notDone, long cellMembers) {
        StringBuilder names = new StringBuilder();
        notDone.stream().limit(DIGEST_NAMES).forEach(n -> names.append("• ").append(n).append('\n'));
        if (notDone.size() > DIGEST_NAMES) {
            names.append(texts.get("campaign.digest.more", notDone.size() - DIGEST_NAMES));
        }
        return new Text(texts.get("campaign.digest", c.name(), cellName, notDone.size(), cellMembers, names.toString().strip()),
                List.of(List.of(new ButtonSpec(texts.get("button.remindCell"), CampaignActions.PUSH_PREVIEW.data(c.id())))));
    }

    @Override
    public Text laggingUnits(Campaign c, String parentName, List<UnitFigure> lagging) {
        StringBuilder items = new StringBuilder();
        for (UnitFigure u : lagging) {
            long pct = u.members() == 0 ? 0 : Math.round(u.done() * 100.0 / u.members());
            items.append(texts.get("campaign.lagging.item", u.unitName(), u.done(), u.members(), pct)).append('\n');
        }
        return new Text(texts.get("campaign.lagging", c.name(), parentName, items.toString().strip()), List.of());
    }

    @Override
    public Text secretaryPush(Campaign c, Learner l, String secretaryName) {
        return new Text(texts.get("campaign.push", secretaryName, c.name(), texts.dateTime(c.deadline()), l.fullName(),
                String.join(", ", l.pendingDocuments())), studyButtons(c));
    }

    @Override
    public Text leaderDigest(Campaign c, String unitName, List<UnitFigure> lagging, long cells) {
        StringBuilder items = new StringBuilder();
        lagging.stream().limit(DIGEST_NAMES).forEach(u -> items.append(texts.get("campaign.lagging.item", u.unitName(), u.done(),
                u.members(), u.members() == 0 ? 0 : Math.round(u.done() * 100.0 / u.members()))).append('\n'));
        if (lagging.size() > DIGEST_NAMES) {
            items.append(texts.get("campaign.digest.more", lagging.size() - DIGEST_NAMES));
        }
        return new Text(texts.get("campaign.leaderDigest", c.name(), unitName, lagging.size(), cells, c.laggingPercent(),
                items.toString().strip()), List.of());
    }

    private List<List<ButtonSpec>> studyButtons(Campaign c) {
        return List.of(List.of(new ButtonSpec(texts.get("button.studyNow"), StudyActions.LIST.data()),
                new ButtonSpec(texts.get("button.snooze"), CampaignActions.SNOOZE.data(c.id()))));
    }
}

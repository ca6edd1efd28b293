package vn.hoctap.bot.conference;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.study.StudyActions;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.scheduler.campaign.CampaignTexts.Text;
import vn.hoctap.scheduler.conference.Conference;
import vn.hoctap.scheduler.conference.ConferencePoint;
import vn.hoctap.scheduler.conference.ConferenceTexts;
import vn.hoctap.scheduler.delivery.OutgoingMessage.ButtonSpec;

/** The Vietnamese wording of conference messages queued by the scheduler (convocation, reminders, make-up). */
@Component
class ConferenceMessages implements ConferenceTexts {

    private final Texts texts;

    ConferenceMessages(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Text convocation(Conference c, ConferencePoint point, String fullName, List<String> documents) {
        String body = texts.get("conf.convocation", fullName, c.name(), texts.dateTime(c.startsAt()), texts.dateTime(c.endsAt()),
                point.label(), bullets(documents));
        return new Text(body, List.of(List.of(new ButtonSpec(texts.get("conf.button.attend"), ConferenceActions.ATTEND.data(c.id())),
                new ButtonSpec(texts.get("conf.button.absent"), ConferenceActions.ABSENT.data(c.id())))));
    }

    @Override
    public Text reminder(Conference c, ConferencePoint point, boolean hourBefore) {
        return new Text(texts.get(hourBefore ? "conf.reminder.hour" : "conf.reminder.day", texts.dateTime(c.startsAt()), c.name(),
                point.label()), List.of());
    }

    @Override
    public Text makeup(Conference c, List<String> documents, java.time.Instant deadline) {
        return new Text(texts.get("conf.makeup", c.name(), texts.dateTime(deadline), bullets(documents)),
                List.of(List.of(new ButtonSpec(texts.get("conf.button.study"), StudyActions.LIST.data()))));
    }

    private static String bullets(List<String> lines) {
        return lines.stream().map(l -> "• " + l).collect(Collectors.joining("\n"));
    }
}

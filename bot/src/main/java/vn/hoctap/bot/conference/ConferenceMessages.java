package vn.hoctap.bot.conference;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Texts texts;
    private final ZoneId zone;

    ConferenceMessages(Texts texts, ZoneId zone) {
        this.texts = texts;
        this.zone = zone;
    }

    @Override
    public Text convocation(Conference c, ConferencePoint point, String fullName, List<String> documents) {
        // "14:00 đến 16:30 ngày 28/11/2026": the date once when the conference starts and ends the same day.
        boolean sameDay = c.startsAt().atZone(zone).toLocalDate().equals(c.endsAt().atZone(zone).toLocalDate());
        String from = sameDay ? TIME.format(c.startsAt().atZone(zone)) : onDay(c.startsAt());
        String body = texts.get("conf.convocation", fullName, c.name(), from, onDay(c.endsAt()), point.label(), bullets(documents));
        return new Text(body, List.of(List.of(new ButtonSpec(texts.get("conf.button.attend"), ConferenceActions.ATTEND.data(c.id())),
                new ButtonSpec(texts.get("conf.button.absent"), ConferenceActions.ABSENT.data(c.id())))));
    }

    @Override
    public Text reminder(Conference c, ConferencePoint point, boolean hourBefore) {
        return new Text(texts.get(hourBefore ? "conf.reminder.hour" : "conf.reminder.day", texts.dateTime(c.startsAt()), c.name(),
                point.label()), List.of());
    }

    @Override
    public Text makeup(Conference c, String fullName, List<Due> documents) {
        return new Text(texts.get("conf.makeup", fullName, c.name(), bullets(documents.stream()
                .map(d -> texts.get("conf.makeup.due", d.document(), texts.dateTime(d.deadline()))).toList())),
                List.of(List.of(new ButtonSpec(texts.get("conf.button.study"), StudyActions.LIST.data()))));
    }

    private String onDay(Instant instant) {
        return texts.get("conf.time.onDay", TIME.format(instant.atZone(zone)), texts.date(instant));
    }

    private static String bullets(List<String> lines) {
        return lines.stream().map(l -> "• " + l).collect(Collectors.joining("\n"));
    }
}

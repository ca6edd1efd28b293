package vn.hoctap.bot.campaigns;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.web.UserMessages;
import vn.hoctap.scheduler.conference.ConferenceRepository;
import vn.hoctap.scheduler.opinion.OpinionForms;

/**
 * A campaign step's key ("announce", "remind-PT168H-r1", "push-…", "form12", "conf3-invite") in words
 * for the dashboard ("Thông báo mở đợt", "Nhắc trước 7 ngày", "Phiếu lấy ý kiến «…»"). Templates
 * call it as {@code @stepNames.label(key)}.
 */
@Component("stepNames")
public class StepNames {

    /** Steps the opinion forms and conferences queue in the campaign's outbox ({@code form12}, {@code conf3-invite}). */
    private static final Pattern FORM = Pattern.compile("form(\\d{1,18})");
    private static final Pattern CONFERENCE = Pattern.compile("conf(\\d{1,18})-(invite|day|hour|makeup)");

    private final UserMessages text;
    private final OpinionForms forms;
    private final ConferenceRepository conferences;

    StepNames(UserMessages text, OpinionForms forms, ConferenceRepository conferences) {
        this.text = text;
        this.forms = forms;
        this.conferences = conferences;
    }

    public String label(String key) {
        String k = key == null ? "" : key.replaceFirst("-r\\d+$", "");
        if (k.equals("announce")) {
            return text.text("web.step.announce");
        }
        if (k.equals("deadline-morning")) {
            return text.text("web.step.deadlineMorning");
        }
        if (k.equals("escalate")) {
            return text.text("web.step.escalate");
        }
        if (k.startsWith("remind-")) {
            try {
                Duration before = Duration.parse(k.substring("remind-".length()));
                return before.toHours() % 24 == 0 ? text.text("web.step.remindDays", before.toDays())
                        : text.text("web.step.remindHours", before.toHours());
            } catch (DateTimeParseException e) {
                return text.text("web.step.remind");
            }
        }
        if (k.startsWith("push1-")) {
            return text.text("web.step.pushOne");
        }
        if (k.startsWith("push-")) {
            return text.text("web.step.push");
        }
        if (k.equals("digest") || k.startsWith("digest-")) {
            return text.text("web.step.digest");
        }
        if (k.startsWith("escalate-")) {
            return text.text("web.step.escalate");
        }
        if (k.startsWith("progdigest-")) {
            return text.text("web.step.programmeDigest");
        }
        if (k.startsWith("refresh-")) {
            return text.text("web.step.refresher");
        }
        Matcher form = FORM.matcher(k);
        if (form.matches()) {
            return forms.form(Long.parseLong(form.group(1))).map(f -> text.text("web.step.opinionForm", f.title()))
                    .orElseGet(() -> text.text("web.step.other"));
        }
        Matcher conference = CONFERENCE.matcher(k);
        if (conference.matches()) {
            return conferences.findById(Long.parseLong(conference.group(1)))
                    .map(c -> text.text("web.step.conference." + conference.group(2), c.name()))
                    .orElseGet(() -> text.text("web.step.other"));
        }
        return text.text("web.step.other");
    }
}

package vn.hoctap.bot.campaigns;

import java.time.Duration;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.web.UserMessages;

/**
 * A campaign step's key ("announce", "remind-PT168H-r1", "push-…") in words for the dashboard
 * ("Thông báo mở đợt", "Nhắc trước 7 ngày"). Templates call it as {@code @stepNames.label(key)}.
 */
@Component("stepNames")
public class StepNames {

    private final UserMessages text;

    StepNames(UserMessages text) {
        this.text = text;
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
        if (k.equals("digest")) {
            return text.text("web.step.digest");
        }
        if (k.startsWith("refresh-")) {
            return text.text("web.step.refresher");
        }
        return text.text("web.step.other");
    }
}

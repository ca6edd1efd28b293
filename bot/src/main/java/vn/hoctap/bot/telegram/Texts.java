package vn.hoctap.bot.telegram;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** User-facing text from the message bundles (Vietnamese, English fallback) and local date formats. */
@Component
public class Texts {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;
    private final ZoneId zone;
    private final DateTimeFormatter date = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final DateTimeFormatter dateTime = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    public Texts(MessageSource messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    public String get(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }

    public String date(Instant instant) {
        return date.format(instant.atZone(zone));
    }

    public String dateTime(Instant instant) {
        return dateTime.format(instant.atZone(zone));
    }
}

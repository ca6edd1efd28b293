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
        return messages.getMessage(key, smallNumbersAsText(args), VIETNAMESE);
    }

    /**
     * MessageFormat formats a number argument with a new NumberFormat each time (most of the cost of
     * a screen's text); a whole number from 0 to 999 reads the same in any locale's default format,
     * so it is passed as its digits. Other arguments are left to MessageFormat.
     */
    private static Object[] smallNumbersAsText(Object[] args) {
        Object[] out = args;
        for (int i = 0; i < args.length; i++) {
            if ((args[i] instanceof Integer || args[i] instanceof Long || args[i] instanceof Short)
                    && ((Number) args[i]).longValue() >= 0 && ((Number) args[i]).longValue() <= 999) {
                if (out == args) {
                    out = args.clone();
                }
                out[i] = args[i].toString();
            }
        }
        return out;
    }

    public String date(Instant instant) {
        return date.format(instant.atZone(zone));
    }

    public String dateTime(Instant instant) {
        return dateTime.format(instant.atZone(zone));
    }
}

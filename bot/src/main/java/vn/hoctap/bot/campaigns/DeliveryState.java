package vn.hoctap.bot.campaigns;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.hoctap.bot.web.UserMessages;
import vn.hoctap.scheduler.delivery.DeliveryProgress;

/**
 * What the campaign page says about sending, honestly: with Telegram off (no token, or delivery
 * disabled) queued messages wait and the page says so instead of showing "waiting 79 / 0.0/s"
 * forever. Also the JSON the page polls, with steps in words and the rate in the page's number format.
 */
@Component
class DeliveryState {

    /** One step's counts with its name in words. */
    record Row(String step, long waiting, long sent, long failed, long unreachable, long cancelled) {
    }

    /** What the delivery table shows. */
    record View(List<Row> steps, String rate, String note) {
    }

    private final boolean telegramOn;
    private final StepNames names;
    private final UserMessages text;

    DeliveryState(@Value("${hoctap.telegram.token:}") String token, @Value("${hoctap.delivery.enabled:true}") boolean enabled,
            StepNames names, UserMessages text) {
        this.telegramOn = token != null && !token.isBlank() && enabled;
        this.names = names;
        this.text = text;
    }

    /** A sentence when sending is off or stalled; null when messages simply go out. */
    String note(DeliveryProgress p) {
        long waiting = p.steps().stream().mapToLong(s -> s.queued() + s.sending()).sum();
        if (!telegramOn) {
            return waiting > 0 ? text.text("web.delivery.off", waiting) : text.text("web.delivery.offIdle");
        }
        if (waiting > 0 && p.sentPerSecondLastMinute() == 0) {
            return text.text("web.delivery.waiting", waiting);
        }
        return null;
    }

    View view(DeliveryProgress p) {
        return new View(p.steps().stream().map(s -> new Row(names.label(s.step()), s.queued() + s.sending(), s.sent(), s.failed(),
                s.unreachable(), s.cancelled())).toList(), rate(p), note(p));
    }

    String rate(DeliveryProgress p) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(p.sentPerSecondLastMinute());
    }
}

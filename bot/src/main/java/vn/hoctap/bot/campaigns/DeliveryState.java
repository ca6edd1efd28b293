package vn.hoctap.bot.campaigns;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * The table in words, one row per name: outbox steps are per day and cell ("digest-2026-11-28-42"),
     * so a long campaign has thousands of keys but a handful of names; summing by name keeps the
     * table (polled every few seconds) as small as what it says. Each key is named once per call.
     */
    View view(DeliveryProgress p) {
        Map<String, Row> rows = new LinkedHashMap<>();
        Map<String, String> named = new HashMap<>();
        for (DeliveryProgress.StepProgress s : p.steps()) {
            String name = named.computeIfAbsent(s.step(), names::label);
            rows.merge(name, new Row(name, s.queued() + s.sending(), s.sent(), s.failed(), s.unreachable(), s.cancelled()),
                    (a, b) -> new Row(name, a.waiting() + b.waiting(), a.sent() + b.sent(), a.failed() + b.failed(),
                            a.unreachable() + b.unreachable(), a.cancelled() + b.cancelled()));
        }
        return new View(List.copyOf(rows.values()), rate(p), note(p));
    }

    String rate(DeliveryProgress p) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(p.sentPerSecondLastMinute());
    }
}

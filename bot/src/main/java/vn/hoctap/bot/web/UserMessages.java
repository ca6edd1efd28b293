package vn.hoctap.bot.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.hoctap.scheduler.rules.RuleViolation;

/**
 * Turns a refusal from a service into text for the dashboard user, in the request's language.
 * Only {@link RuleViolation}s carry a message key; any other exception's English text is never
 * shown (it may be Java's), a generic "this could not be saved" is.
 */
@Component
public class UserMessages {

    private final MessageSource messages;

    UserMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String of(RuntimeException refusal) {
        if (refusal instanceof RuleViolation v) {
            return messages.getMessage(v.key(), v.args(), LocaleContextHolder.getLocale());
        }
        return messages.getMessage("web.error.refused", null, LocaleContextHolder.getLocale());
    }

    /** Field name to message, for a form that shows each message beside its field ("" for the whole form). */
    public Map<String, String> byField(RuntimeException refusal) {
        Map<String, String> out = new LinkedHashMap<>();
        String field = refusal instanceof RuleViolation v && v.field() != null ? v.field() : "";
        out.put(field, of(refusal));
        return out;
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}

package vn.hoctap.bot.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The dashboard's two languages, remembered in a cookie. Anything else (a garbage cookie, an
 * unknown or malformed {@code ?lang=}) falls back to Vietnamese instead of failing the request:
 * Spring's own resolver throws on a malformed value and the error page itself then fails, which
 * left the user with the servlet container's bare 500.
 */
class DashboardLocales extends CookieLocaleResolver {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    DashboardLocales() {
        super("hoctap-lang");
        setDefaultLocale(VIETNAMESE);
        setCookieMaxAge(Duration.ofDays(365));
        setRejectInvalidCookies(true);
    }

    /** Vietnamese or English; anything else is Vietnamese. */
    static Locale supported(Locale asked) {
        return asked != null && "en".equals(asked.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        try {
            return supported(super.resolveLocale(request));
        } catch (RuntimeException malformed) {
            return VIETNAMESE;
        }
    }

    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        return new SimpleLocaleContext(resolveLocale(request));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        super.setLocale(request, response, supported(locale));
    }

    @Override
    public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
        super.setLocaleContext(request, response, context == null ? null : new SimpleLocaleContext(supported(context.getLocale())));
    }
}

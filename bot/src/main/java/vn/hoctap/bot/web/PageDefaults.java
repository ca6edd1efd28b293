package vn.hoctap.bot.web;

import java.time.ZoneId;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What every dashboard page's template may use without its controller passing it: the zone dates
 * are shown in, the path of the page (to mark it in the menu) and the language links, which keep
 * the page's query so switching language does not lose a filter.
 */
@ControllerAdvice(annotations = DashboardPage.class)
class PageDefaults {

    private final ZoneId zone;

    PageDefaults(ZoneId zone) {
        this.zone = zone;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return zone;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("langVi")
    String vietnamese(HttpServletRequest request) {
        return withLanguage(request, "vi");
    }

    @ModelAttribute("langEn")
    String english(HttpServletRequest request) {
        return withLanguage(request, "en");
    }

    /** The current GET page with {@code lang} replaced; after a POST, the page it would redirect to is unknown, so the path only. */
    private static String withLanguage(HttpServletRequest request, String lang) {
        if (!"GET".equals(request.getMethod())) {
            return request.getRequestURI() + "?lang=" + lang;
        }
        return Links.with("lang", lang);
    }
}

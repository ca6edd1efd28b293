package vn.hoctap.bot.web;

import java.time.ZoneId;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every dashboard page's template may use without its controller passing it: the zone dates are shown in. */
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
}

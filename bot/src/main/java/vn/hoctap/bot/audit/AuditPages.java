package vn.hoctap.bot.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.hoctap.bot.access.UnitScope;
import vn.hoctap.bot.web.DashboardPage;

/**
 * The audit trail for admins ({@code /audit}, admin-only in SecurityConfiguration): an unscoped admin
 * sees everything; an admin scoped to a unit sees what logins inside that subtree did. Secretaries
 * do not see it: it shows other people's logins and addresses. Filtered by who, action and days,
 * paged newer/older by id (stable while new lines arrive); codes shown in words ({@link AuditWords}).
 */
@DashboardPage
class AuditPages {

    static final int PAGE = 50;

    private final AuditTrail trail;
    private final UnitScope scope;
    private final ZoneId zone;

    AuditPages(AuditTrail trail, UnitScope scope, ZoneId zone) {
        this.trail = trail;
        this.scope = scope;
        this.zone = zone;
    }

    @GetMapping("/audit")
    String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") long before, @RequestParam(defaultValue = "0") long after, Model model) {
        String pattern = scope.subtreePattern();
        AuditTrail.Filter filter = new AuditTrail.Filter(bounded(actor), bounded(action), from, to);
        long older = Math.max(0, before);
        long newer = older == 0 ? Math.max(0, after) : 0;
        List<AuditTrail.Line> lines = trail.search(pattern, filter, zone, older, newer, PAGE);
        boolean hasNewer = !lines.isEmpty() && !trail.search(pattern, filter, zone, 0, lines.get(0).entry().id(), 1).isEmpty();
        boolean hasOlder = !lines.isEmpty() && !trail.search(pattern, filter, zone, lines.get(lines.size() - 1).entry().id(), 0, 1).isEmpty();
        model.addAttribute("lines", lines);
        model.addAttribute("filter", filter);
        model.addAttribute("newerUrl", hasNewer ? pageUrl(filter, "after", lines.get(0).entry().id()) : null);
        model.addAttribute("olderUrl", hasOlder ? pageUrl(filter, "before", lines.get(lines.size() - 1).entry().id()) : null);
        model.addAttribute("filtered", filter.actor() != null || filter.action() != null || from != null || to != null);
        return "audit";
    }

    /** The current query with the paging parameter replaced, so the filters stay. */
    private static String pageUrl(AuditTrail.Filter f, String name, long id) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/audit");
        if (f.actor() != null) {
            url.queryParam("actor", f.actor());
        }
        if (f.action() != null) {
            url.queryParam("action", f.action());
        }
        if (f.from() != null) {
            url.queryParam("from", f.from());
        }
        if (f.to() != null) {
            url.queryParam("to", f.to());
        }
        return url.queryParam(name, id).encode().build().toUriString();
    }

    /** Blank is no filter; a typed text is cut to a sane length. */
    private static String bounded(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        return t.length() > 100 ? t.substring(0, 100) : t;
    }
}

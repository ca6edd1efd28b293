package vn.hoctap.bot.audit;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hoctap.bot.access.UnitScope;
import vn.hoctap.bot.web.DashboardPage;

/**
 * The audit trail for admins ({@code /audit}, admin-only in SecurityConfiguration): an unscoped admin
 * sees everything; an admin scoped to a unit sees what logins inside that subtree did. Secretaries
 * do not see it: it shows other people's logins and addresses.
 */
@DashboardPage
class AuditPages {

    static final int PAGE = 100;

    private final AuditTrail trail;
    private final UnitScope scope;

    AuditPages(AuditTrail trail, UnitScope scope) {
        this.trail = trail;
        this.scope = scope;
    }

    @GetMapping("/audit")
    String list(@RequestParam(defaultValue = "0") long before, Model model) {
        var entries = trail.recent(scope.subtreePattern(), Math.max(0, before), PAGE);
        model.addAttribute("entries", entries);
        model.addAttribute("next", entries.size() == PAGE ? entries.get(entries.size() - 1).id() : null);
        return "audit";
    }
}

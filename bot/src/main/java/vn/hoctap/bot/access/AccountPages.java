package vn.hoctap.bot.access;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoctap.bot.web.DashboardPage;

/** Admins create dashboard logins for other admins and for cell secretaries (scoped to a unit). */
@DashboardPage
class AccountPages {

    private final DashboardUsers users;
    private final UnitScope scope;

    AccountPages(DashboardUsers users, UnitScope scope) {
        this.users = users;
        this.scope = scope;
    }

    @GetMapping("/accounts")
    String list(Model model) {
        // A scoped admin sees only the logins inside its unit.
        model.addAttribute("users", users.all().stream().filter(u -> scope.current().unitId() == null
                || u.unitId() != null && scope.reachesUnit(u.unitId())).toList());
        return "accounts";
    }

    @PostMapping("/accounts")
    String create(@RequestParam String username, @RequestParam String password, @RequestParam DashboardRole role,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) Long memberId, RedirectAttributes redirect) {
        try {
            // A scoped admin can only hand out logins inside its own unit.
            Long unit = unitId;
            if (scope.current().unitId() != null) {
                if (unit == null) {
                    unit = scope.current().unitId();
                }
                scope.requireUnit(unit);
            }
            if (memberId != null) {
                scope.requireMember(memberId);
            }
            users.create(username, password, role, unit, memberId);
            redirect.addFlashAttribute("created", username);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/accounts";
    }
}

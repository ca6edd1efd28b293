package vn.hoctap.bot.access;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoctap.bot.web.DashboardPage;
import vn.hoctap.bot.web.UnitPicker;
import vn.hoctap.bot.web.UserMessages;
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.rules.RuleViolation;
import vn.hoctap.scheduler.unit.UnitRepository;

/** Admins create dashboard logins for other admins and for cell secretaries (scoped to a unit). */
@DashboardPage
class AccountPages {

    private final DashboardUsers users;
    private final UnitScope scope;
    private final UnitPicker picker;
    private final UnitRepository units;
    private final MemberRepository members;
    private final UserMessages text;

    AccountPages(DashboardUsers users, UnitScope scope, UnitPicker picker, UnitRepository units, MemberRepository members,
            UserMessages text) {
        this.users = users;
        this.scope = scope;
        this.picker = picker;
        this.units = units;
        this.members = members;
        this.text = text;
    }

    @GetMapping("/accounts")
    String list(Model model) {
        // A scoped admin sees only the logins inside its unit.
        model.addAttribute("users", users.all().stream().filter(u -> scope.current().unitId() == null
                || u.unitId() != null && scope.reachesUnit(u.unitId())).toList());
        model.addAttribute("unitNames", new UnitNames(units));
        model.addAttribute("nodes", picker.tree(scope.subtreePattern(), true));
        return "accounts";
    }

    @PostMapping("/accounts")
    String create(@RequestParam String username, @RequestParam String password, @RequestParam DashboardRole role,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) Long memberId,
            @RequestParam(required = false) String memberCard, RedirectAttributes redirect) {
        try {
            // Admins know a member by party card number; the internal id stays accepted for scripts.
            if (memberCard != null && !memberCard.isBlank()) {
                String card = memberCard.strip();
                memberId = members.findIdByCard(card).orElseThrow(
                        () -> new RuleViolation("memberCard", "web.accounts.cardUnknown", "no member has card number " + card, card));
            }
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
            redirect.addFlashAttribute("error", text.of(e));
        }
        return "redirect:/accounts";
    }

    /** The name of a login's unit for the table (a login has at most one unit; the table lists a few dozen logins). */
    record UnitNames(UnitRepository units) {
        public String of(Long id) {
            return id == null ? "" : units.findById(id).map(u -> u.name()).orElse("");
        }
    }
}

package vn.hoctap.bot.campaigns;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoctap.bot.access.DashboardUser;
import vn.hoctap.bot.access.UnitScope;
import vn.hoctap.bot.web.DashboardPage;
import vn.hoctap.scheduler.campaign.SecretaryPushes;
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.unit.OutOfScopeException;

/**
 * The "remind" button beside a not-done member on the cell page, for a secretary's login tied to
 * a member: the same one-member push as the bot's /chibo (once per member and day, in scope).
 */
@DashboardPage
class CellReminderPages {

    private final SecretaryPushes pushes;
    private final MemberRepository members;
    private final UnitScope scope;

    CellReminderPages(SecretaryPushes pushes, MemberRepository members, UnitScope scope) {
        this.pushes = pushes;
        this.members = members;
        this.scope = scope;
    }

    @PostMapping("/units/{id}/remind")
    String remind(@PathVariable long id, @RequestParam long campaign, @RequestParam long member, RedirectAttributes redirect) {
        scope.requireUnit(id);
        scope.requireMember(member);
        DashboardUser user = scope.current();
        if (user.memberId() == null || user.isAdmin()) {
            throw new OutOfScopeException("only a secretary tied to a member reminds from the cell page");
        }
        String secretaryName = members.findById(user.memberId()).map(m -> m.fullName()).orElse(user.getUsername());
        String name = members.findById(member).map(m -> m.fullName()).orElse("");
        redirect.addFlashAttribute("reminded", pushes.pushOne(user.memberId(), campaign, member, secretaryName));
        redirect.addFlashAttribute("remindedName", name);
        return "redirect:/units/" + id + "?campaign=" + campaign;
    }
}

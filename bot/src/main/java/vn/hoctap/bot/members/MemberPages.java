package vn.hoctap.bot.members;

import java.util.NoSuchElementException;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hoctap.bot.access.UnitScope;
import vn.hoctap.bot.web.DashboardPage;
import vn.hoctap.scheduler.member.MemberDirectory;
import vn.hoctap.scheduler.member.MemberHistory;
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.unit.UnitRepository;

/** The members list of a unit subtree (paged) and one member's history. */
@DashboardPage
class MemberPages {

    static final int PAGE_SIZE = 50;

    private final MemberDirectory directory;
    private final MemberHistory history;
    private final MemberRepository members;
    private final UnitRepository units;
    private final UnitScope scope;

    MemberPages(MemberDirectory directory, MemberHistory history, MemberRepository members, UnitRepository units, UnitScope scope) {
        this.directory = directory;
        this.history = history;
        this.members = members;
        this.units = units;
        this.scope = scope;
    }

    @GetMapping("/members")
    String list(@RequestParam(required = false) Long unit, @RequestParam(defaultValue = "0") int page, Model model) {
        long unitId = unit != null ? unit : scope.roots().stream().findFirst()
                .orElseThrow(() -> new NoSuchElementException("no units yet"));
        scope.requireUnit(unitId);
        int current = Math.max(0, page);
        long total = directory.count(unitId);
        model.addAttribute("unit", units.findById(unitId).orElseThrow(() -> new NoSuchElementException("unit " + unitId)));
        model.addAttribute("members", directory.list(unitId, null, current * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("page", current);
        model.addAttribute("pages", (total + PAGE_SIZE - 1) / PAGE_SIZE);
        return "members/list";
    }

    @GetMapping("/members/{id}")
    String member(@PathVariable long id, Model model) {
        scope.requireMember(id);
        var member = members.findById(id).orElseThrow(() -> new NoSuchElementException("member " + id));
        model.addAttribute("member", member);
        model.addAttribute("unit", units.findById(member.unitId()).orElseThrow());
        model.addAttribute("events", history.of(id));
        return "members/show";
    }
}

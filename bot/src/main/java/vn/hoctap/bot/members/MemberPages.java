package vn.hoctap.bot.members;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hoctap.bot.access.UnitScope;
import vn.hoctap.bot.web.DashboardPage;
import vn.hoctap.bot.web.Links;
import vn.hoctap.bot.web.UnitPicker;
import vn.hoctap.scheduler.campaign.Campaigns;
import vn.hoctap.scheduler.member.MemberHistory;
import vn.hoctap.scheduler.member.MemberQuery;
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.member.MemberSearch;
import vn.hoctap.scheduler.member.MemberStandings;
import vn.hoctap.scheduler.member.MemberStatus;
import vn.hoctap.scheduler.unit.UnitRepository;

/** The members list of a unit subtree (search, filters, sortable columns, numbered pages) and one member's page. */
@DashboardPage
class MemberPages {

    static final int PAGE_SIZE = 50;

    /** A numbered page link; {@code number} 0 stands for the gap "…". */
    record PageLink(int number, String url, boolean current) {
    }

    private final MemberSearch search;
    private final MemberHistory history;
    private final MemberStandings standings;
    private final MemberRepository members;
    private final UnitRepository units;
    private final UnitPicker picker;
    private final Campaigns campaigns;
    private final UnitScope scope;

    MemberPages(MemberSearch search, MemberHistory history, MemberStandings standings, MemberRepository members, UnitRepository units,
            UnitPicker picker, Campaigns campaigns, UnitScope scope) {
        this.search = search;
        this.history = history;
        this.standings = standings;
        this.members = members;
        this.units = units;
        this.picker = picker;
        this.campaigns = campaigns;
        this.scope = scope;
    }

    @GetMapping("/members")
    String list(@RequestParam(required = false) Long unit, @RequestParam(required = false) String q,
            @RequestParam(required = false) Boolean linked, @RequestParam(required = false) MemberStatus status,
            @RequestParam(required = false) Long campaign, @RequestParam(required = false) Boolean done,
            @RequestParam(required = false) MemberQuery.Sort sort, @RequestParam(defaultValue = "false") boolean desc,
            @RequestParam(defaultValue = "1") int page, Model model) {
        long unitId = unit != null ? unit : scope.firstRoot();
        scope.requireUnit(unitId);
        if (campaign != null) {
            scope.requireCampaign(campaign);
        }
        MemberQuery query = new MemberQuery(unitId, q, linked, status, campaign, done, sort, desc, page - 1, PAGE_SIZE);
        MemberSearch.Page found = search.find(query);
        model.addAttribute("unit", units.findById(unitId).orElseThrow(() -> new NoSuchElementException("unit " + unitId)));
        model.addAttribute("query", query);
        model.addAttribute("found", found);
        model.addAttribute("pageLinks", pageLinks(found));
        model.addAttribute("nodes", picker.tree(scope.subtreePattern(), false));
        model.addAttribute("campaigns", campaigns.visible(scope.requester()));
        for (MemberQuery.Sort s : MemberQuery.Sort.values()) {
            boolean again = query.sort() == s && !query.descending();
            Map<String, Object> change = new HashMap<>();
            change.put("sort", s.name());
            change.put("desc", again ? "true" : null);
            change.put("page", null);
            model.addAttribute("sort" + s.name(), Links.with(change));
        }
        return "members/list";
    }

    @GetMapping("/members/{id}")
    String member(@PathVariable long id, Model model) {
        scope.requireMember(id);
        var member = members.findById(id).orElseThrow(() -> new NoSuchElementException("member " + id));
        model.addAttribute("member", member);
        model.addAttribute("unit", units.findById(member.unitId()).orElseThrow());
        model.addAttribute("events", history.of(id));
        model.addAttribute("standings", standings.of(id));
        model.addAttribute("card", standings.cardNumber(id));
        return "members/show";
    }

    /** First, last, and two either side of the current page, with gaps: about 2,000 pages stay usable. */
    private static List<PageLink> pageLinks(MemberSearch.Page found) {
        List<PageLink> links = new ArrayList<>();
        int last = found.pages();
        int current = found.page() + 1;
        int previous = 0;
        for (int n = 1; n <= last; n++) {
            if (n == 1 || n == last || Math.abs(n - current) <= 2) {
                if (n - previous > 1) {
                    links.add(new PageLink(0, null, false));
                }
                links.add(new PageLink(n, Links.with("page", n), n == current));
                previous = n;
            }
        }
        return links;
    }
}

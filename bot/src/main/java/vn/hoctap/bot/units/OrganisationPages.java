package vn.hoctap.bot.units;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoctap.bot.access.UnitScope;
import vn.hoctap.bot.web.DashboardPage;
import vn.hoctap.bot.web.UnitPicker;
import vn.hoctap.bot.web.UserMessages;
import vn.hoctap.scheduler.member.MemberQuery;
import vn.hoctap.scheduler.member.MemberSearch;
import vn.hoctap.scheduler.member.roster.RosterReport;
import vn.hoctap.scheduler.organisation.UnitTreeImport;
import vn.hoctap.scheduler.unit.Unit;
import vn.hoctap.scheduler.unit.UnitChangeException;
import vn.hoctap.scheduler.unit.UnitLevel;
import vn.hoctap.scheduler.unit.UnitRepository;
import vn.hoctap.scheduler.unit.UnitRole;
import vn.hoctap.scheduler.unit.UnitRoles;
import vn.hoctap.scheduler.unit.UnitTree;

/**
 * The organisation pages (admins, within their scope): a unit with its child units and leaders, and
 * forms to add a child unit, rename, move, merge, close, set the secretary and deputies; the tree
 * import. Every action redirects back with a notice or the reason it was refused.
 */
@DashboardPage
class OrganisationPages {

    private final UnitTree tree;
    private final UnitTreeImport importer;
    private final UnitRepository units;
    private final UnitRoles roles;
    private final MemberSearch members;
    private final UnitPicker picker;
    private final UnitScope scope;
    private final UserMessages messages;

    OrganisationPages(UnitTree tree, UnitTreeImport importer, UnitRepository units, UnitRoles roles, MemberSearch members,
            UnitPicker picker, UnitScope scope, UserMessages messages) {
        this.tree = tree;
        this.importer = importer;
        this.units = units;
        this.roles = roles;
        this.members = members;
        this.picker = picker;
        this.scope = scope;
        this.messages = messages;
    }

    @GetMapping("/organisation")
    String root(Model model) {
        List<Long> roots = scope.roots();
        if (roots.isEmpty()) {
            model.addAttribute("levels", UnitLevel.values());
            return "organisation/empty";
        }
        return "redirect:/organisation/" + roots.get(0);
    }

    @GetMapping("/organisation/{id}")
    String unit(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
        scope.requireUnit(id);
        Unit unit = units.findById(id).orElseThrow(() -> new NoSuchElementException("unit " + id));
        List<Unit> trail = new ArrayList<>();
        for (String part : unit.path().split("/")) {
            if (!part.isEmpty() && Long.parseLong(part) != id && scope.reachesUnit(Long.parseLong(part))) {
                units.findById(Long.parseLong(part)).ifPresent(trail::add);
            }
        }
        model.addAttribute("unit", unit);
        model.addAttribute("trail", trail);
        model.addAttribute("children", units.children(id));
        model.addAttribute("roles", roles.of(id));
        // The leader is found by name or card number: a district has thousands of members, too many for one list.
        String text = q == null || q.isBlank() ? null : q.strip();
        MemberSearch.Page found = members.find(new MemberQuery(id, text, null, null, null, null, null, false, 0, CANDIDATES));
        model.addAttribute("members", found.rows());
        model.addAttribute("memberQuery", text);
        model.addAttribute("moreMembers", found.total() > found.rows().size());
        // Targets are chosen in the tree: a new parent among the login's units above cell level, and a
        // unit to merge into among the parent's subtree (where merges happen: cells of a commune, communes of a district).
        model.addAttribute("moveNodes", picker.tree(scope.subtreePattern(), false));
        Unit parent = unit.parentId() == null ? null : units.findById(unit.parentId()).orElse(null);
        model.addAttribute("mergeNodes", parent != null && scope.reachesUnit(parent.id()) ? picker.tree(parent.path() + "%", true) : List.of());
        model.addAttribute("levels", UnitLevel.values());
        model.addAttribute("isScopeRoot", scope.current().unitId() != null && scope.current().unitId() == id);
        return "organisation/unit";
    }

    @PostMapping("/organisation")
    String createRoot(@RequestParam String name, @RequestParam(required = false) String code, @RequestParam UnitLevel level,
            RedirectAttributes redirect) {
        try {
            Unit created = tree.create(null, level, name, code, scope.current().unitId());
            redirect.addFlashAttribute("notice", "created");
            return "redirect:/organisation/" + created.id();
        } catch (UnitChangeException e) {
            redirect.addFlashAttribute("error", messages.of(e));
            return "redirect:/organisation";
        }
    }

    @PostMapping("/organisation/{id}/children")
    String createChild(@PathVariable long id, @RequestParam String name, @RequestParam(required = false) String code,
            @RequestParam UnitLevel level, RedirectAttributes redirect) {
        return act(id, redirect, "created", () -> tree.create(id, level, name, code, scope.current().unitId()));
    }

    @PostMapping("/organisation/{id}/rename")
    String rename(@PathVariable long id, @RequestParam String name, @RequestParam(required = false) String code,
            @RequestParam UnitLevel level, RedirectAttributes redirect) {
        return act(id, redirect, "renamed", () -> tree.rename(id, name, code == null ? "" : code, level, scope.current().unitId()));
    }

    @PostMapping("/organisation/{id}/move")
    String move(@PathVariable long id, @RequestParam String parent, RedirectAttributes redirect) {
        return act(id, redirect, "moved", () -> tree.move(id, resolve(parent), scope.current().unitId()));
    }

    @PostMapping("/organisation/{id}/merge")
    String merge(@PathVariable long id, @RequestParam String into, RedirectAttributes redirect) {
        scope.requireUnit(id);
        try {
            Unit survivor = tree.merge(id, resolve(into), scope.current().unitId());
            redirect.addFlashAttribute("notice", "merged");
            return "redirect:/organisation/" + survivor.id();
        } catch (UnitChangeException e) {
            redirect.addFlashAttribute("error", messages.of(e));
            return "redirect:/organisation/" + id;
        }
    }

    @PostMapping("/organisation/{id}/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        scope.requireUnit(id);
        Long parent = units.findById(id).map(Unit::parentId).orElse(null);
        try {
            tree.close(id, scope.current().unitId());
            redirect.addFlashAttribute("notice", "closed");
            return parent == null ? "redirect:/organisation" : "redirect:/organisation/" + parent;
        } catch (UnitChangeException e) {
            redirect.addFlashAttribute("error", messages.of(e));
            return "redirect:/organisation/" + id;
        }
    }

    @PostMapping("/organisation/{id}/roles")
    String role(@PathVariable long id, @RequestParam long memberId, @RequestParam String role, RedirectAttributes redirect) {
        return act(id, redirect, "roles", () -> roles.assign(id, memberId, role(role), scope.current().unitId()));
    }

    @GetMapping("/organisation/import")
    String importForm() {
        return "organisation/import";
    }

    @PostMapping("/organisation/import")
    String importTree(@RequestParam("file") MultipartFile file, Model model, HttpServletResponse response) throws IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "units" : file.getOriginalFilename();
        RosterReport report = importer.importTree(name, file.getBytes(), scope.current().unitId(), false);
        if (report.hasProblems()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        }
        model.addAttribute("report", report);
        model.addAttribute("fileName", name);
        return "organisation/import";
    }

    private static UnitRole role(String value) {
        if ("NONE".equals(value)) {
            return null;
        }
        try {
            return UnitRole.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new UnitChangeException("unit.roleInvalid", "Vai trò không hợp lệ: «" + value + "»", value);
        }
    }

    /** A unit named by its code or, failing that, its number. */
    private long resolve(String codeOrId) {
        String text = codeOrId == null ? "" : codeOrId.strip();
        return units.findByCode(text).map(Unit::id).orElseGet(() -> {
            if (text.matches("\\d{1,18}")) {
                return Long.parseLong(text);
            }
            throw new UnitChangeException("unit.codeUnknown", "Không tìm thấy đơn vị có mã «" + text + "»", text);
        });
    }

    private static final int CANDIDATES = 100;

    private String act(long id, RedirectAttributes redirect, String notice, Runnable action) {
        scope.requireUnit(id);
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (UnitChangeException e) {
            redirect.addFlashAttribute("error", messages.of(e));
        }
        return "redirect:/organisation/" + id;
    }
}

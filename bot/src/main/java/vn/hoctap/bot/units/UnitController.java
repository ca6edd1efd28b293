package vn.hoctap.bot.units;

import java.io.IOException;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.hoctap.bot.access.UnitScope;
import vn.hoctap.scheduler.member.roster.RosterReport;
import vn.hoctap.scheduler.organisation.UnitTreeImport;
import vn.hoctap.scheduler.unit.Unit;
import vn.hoctap.scheduler.unit.UnitLevel;
import vn.hoctap.scheduler.unit.UnitRepository;
import vn.hoctap.scheduler.unit.UnitRole;
import vn.hoctap.scheduler.unit.UnitRoles;
import vn.hoctap.scheduler.unit.UnitTree;

/**
 * The organisation over REST: read a unit with its children and roles (any login, within its scope),
 * create, rename, move, merge, close, import the tree and set roles (admins, within their scope).
 */
@RestController
class UnitController {

    record NewUnit(Long parentId, String name, String code, UnitLevel level) {
    }

    record UnitEdit(String name, String code, UnitLevel level) {
    }

    record Target(Long parentId, Long intoUnitId) {
    }

    record RoleBody(UnitRole role) {
    }

    record UnitView(Unit unit, List<Unit> children, List<UnitRoles.Holder> roles) {
    }

    private final UnitTree tree;
    private final UnitTreeImport importer;
    private final UnitRepository units;
    private final UnitRoles roles;
    private final UnitScope scope;

    UnitController(UnitTree tree, UnitTreeImport importer, UnitRepository units, UnitRoles roles, UnitScope scope) {
        this.tree = tree;
        this.importer = importer;
        this.units = units;
        this.roles = roles;
        this.scope = scope;
    }

    @GetMapping("/api/units")
    List<Unit> roots() {
        return scope.roots().stream().map(id -> units.findById(id).orElseThrow()).toList();
    }

    @GetMapping("/api/units/{id}")
    UnitView get(@PathVariable long id) {
        scope.requireUnit(id);
        Unit unit = units.findById(id).orElseThrow(() -> new NoSuchElementException("unit " + id));
        return new UnitView(unit, units.children(id), roles.of(id));
    }

    @PostMapping("/api/units")
    ResponseEntity<Unit> create(@RequestBody NewUnit body) {
        Unit created = tree.create(body.parentId(), body.level(), body.name(), body.code(), scope.current().unitId());
        return ResponseEntity.status(HttpStatus.CREATED).body(created);
    }

    @PutMapping("/api/units/{id}")
    Unit rename(@PathVariable long id, @RequestBody UnitEdit body) {
        return tree.rename(id, body.name(), body.code(), body.level(), scope.current().unitId());
    }

    @PostMapping("/api/units/{id}/move")
    Unit move(@PathVariable long id, @RequestBody Target body) {
        if (body.parentId() == null) {
            throw new IllegalArgumentException("parentId is required");
        }
        return tree.move(id, body.parentId(), scope.current().unitId());
    }

    @PostMapping("/api/units/{id}/merge")
    Unit merge(@PathVariable long id, @RequestBody Target body) {
        if (body.intoUnitId() == null) {
            throw new IllegalArgumentException("intoUnitId is required");
        }
        return tree.merge(id, body.intoUnitId(), scope.current().unitId());
    }

    @PostMapping("/api/units/{id}/close")
    ResponseEntity<Void> close(@PathVariable long id) {
        tree.close(id, scope.current().unitId());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/units/{id}/roles/{memberId}")
    List<UnitRoles.Holder> setRole(@PathVariable long id, @PathVariable long memberId, @RequestBody RoleBody body) {
        if (body.role() == null) {
            throw new IllegalArgumentException("role is SECRETARY or DEPUTY");
        }
        roles.assign(id, memberId, body.role(), scope.current().unitId());
        return roles.of(id);
    }

    @DeleteMapping("/api/units/{id}/roles/{memberId}")
    List<UnitRoles.Holder> removeRole(@PathVariable long id, @PathVariable long memberId) {
        roles.assign(id, memberId, null, scope.current().unitId());
        return roles.of(id);
    }

    /** CSV or XLSX with code, name, parent code, kind; 422 with the per-row report when anything is wrong (nothing written). */
    @PostMapping(path = "/api/units/import", consumes = "multipart/form-data")
    ResponseEntity<RosterReport> importTree(@RequestParam("file") MultipartFile file,
            @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun) throws IOException {
        String name = file.getOriginalFilename() == null ? "units" : file.getOriginalFilename();
        RosterReport report = importer.importTree(name, file.getBytes(), scope.current().unitId(), dryRun);
        return report.hasProblems() ? ResponseEntity.unprocessableEntity().body(report) : ResponseEntity.ok(report);
    }
}

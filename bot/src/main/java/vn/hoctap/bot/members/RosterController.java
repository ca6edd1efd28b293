package vn.hoctap.bot.members;

import java.io.IOException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.hoctap.bot.access.UnitScope;
import vn.hoctap.scheduler.member.roster.RosterImport;
import vn.hoctap.scheduler.member.roster.RosterReport;

/**
 * Admin roster import (CSV or XLSX). With problems and without {@code importValidRows}, nothing is
 * written and the answer is 422 with the per-row report; otherwise 200 with what was created/updated.
 * {@code dryRun} only checks.
 */
@RestController
class RosterController {

    private final RosterImport roster;
    private final UnitScope scope;

    RosterController(RosterImport roster, UnitScope scope) {
        this.roster = roster;
        this.scope = scope;
    }

    @PostMapping(path = "/api/members/import", consumes = "multipart/form-data")
    ResponseEntity<RosterReport> importRoster(@RequestParam("file") MultipartFile file,
            @RequestParam(name = "importValidRows", defaultValue = "false") boolean importValidRows,
            @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun) throws IOException {
        String name = file.getOriginalFilename() == null ? "roster" : file.getOriginalFilename();
        // A unit-scoped admin may only place and change members inside their unit: anything else refuses the file (403).
        Long unit = scope.current().unitId();
        RosterReport report = dryRun ? roster.check(name, file.getBytes(), unit) : roster.importRoster(name, file.getBytes(), importValidRows, unit);
        if (report.outOfScope()) {
            return ResponseEntity.status(org.springframework.http.HttpStatus.FORBIDDEN).body(report);
        }
        boolean refused = report.hasFileProblems() || (report.hasProblems() && !importValidRows) || dryRun && report.hasProblems();
        return refused ? ResponseEntity.unprocessableEntity().body(report) : ResponseEntity.ok(report);
    }
}

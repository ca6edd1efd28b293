package vn.hoctap.bot.members;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.hoctap.bot.access.UnitScope;
import vn.hoctap.bot.web.DashboardPage;
import vn.hoctap.scheduler.member.roster.RosterImport;
import vn.hoctap.scheduler.member.roster.RosterReport;

/**
 * The roster import page (admins): upload CSV or XLSX, read the per-row report. A file with
 * problems imports nothing unless the admin ticks "import the valid rows" and sends it again.
 */
@DashboardPage
class RosterPages {

    private final RosterImport roster;
    private final UnitScope scope;

    RosterPages(RosterImport roster, UnitScope scope) {
        this.roster = roster;
        this.scope = scope;
    }

    @GetMapping("/members/import")
    String form() {
        return "members/import";
    }

    @PostMapping("/members/import")
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean importValidRows,
            Model model, HttpServletResponse response) throws IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "roster" : file.getOriginalFilename();
        RosterReport report = roster.importRoster(name, file.getBytes(), importValidRows, scope.current().unitId());
        boolean refused = report.hasFileProblems() || report.hasProblems() && (!importValidRows || report.outOfScope());
        if (refused) {
            response.setStatus(report.outOfScope() ? HttpStatus.FORBIDDEN.value() : HttpStatus.UNPROCESSABLE_ENTITY.value());
        }
        model.addAttribute("report", report);
        model.addAttribute("fileName", name);
        model.addAttribute("refused", refused);
        return "members/import";
    }
}

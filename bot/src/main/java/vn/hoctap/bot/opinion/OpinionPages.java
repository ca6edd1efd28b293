package vn.hoctap.bot.opinion;

import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hoctap.bot.access.UnitScope;
import vn.hoctap.bot.web.DashboardPage;
import vn.hoctap.scheduler.opinion.OpinionForms;
import vn.hoctap.scheduler.opinion.OpinionResults;

/** The results of an opinion form by unit on the dashboard, and the same table as CSV (semicolons, UTF-8 with BOM for Excel). */
@DashboardPage
class OpinionPages {

    private final OpinionForms forms;
    private final OpinionResults results;
    private final UnitScope scope;

    OpinionPages(OpinionForms forms, OpinionResults results, UnitScope scope) {
        this.forms = forms;
        this.results = results;
        this.scope = scope;
    }

    @GetMapping("/opinion-forms/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) Long unit, Model model) {
        OpinionForms.Form form = reachable(id);
        long shown = unit != null ? unit : scope.firstRoot();
        scope.requireUnit(shown);
        model.addAttribute("form", form);
        model.addAttribute("unitId", shown);
        model.addAttribute("rows", results.byUnit(id, shown));
        model.addAttribute("comments", results.comments(id, shown));
        return "opinion/results";
    }

    @GetMapping("/opinion-forms/{id}/export.csv")
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam long unit) {
        reachable(id);
        scope.requireUnit(unit);
        StringBuilder csv = new StringBuilder("\uFEFFĐơn vị;Câu;Nội dung;Đồng ý;Đồng ý một phần;Không đồng ý\r\n");
        for (OpinionResults.Row r : results.byUnit(id, unit)) {
            csv.append(cell(r.unitName())).append(';').append(r.position()).append(';').append(cell(r.question())).append(';')
                    .append(r.agree()).append(';').append(r.partly()).append(';').append(r.disagree()).append("\r\n");
        }
        csv.append("\r\nĐơn vị;Họ và tên;Góp ý\r\n");
        for (OpinionResults.Comment c : results.comments(id, unit)) {
            csv.append(cell(c.unitName())).append(';').append(cell(c.fullName())).append(';').append(cell(c.comment())).append("\r\n");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("phieu-y-kien-" + id + ".csv").build()
                        .toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Quoted when needed; a leading =, +, - or @ is defused so a spreadsheet never runs a member's text as a formula. */
    private static String cell(String s) {
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private OpinionForms.Form reachable(long id) {
        OpinionForms.Form form = forms.form(id).orElseThrow(() -> new NoSuchElementException("opinion form " + id));
        scope.requireCampaign(form.campaignId());
        return form;
    }
}

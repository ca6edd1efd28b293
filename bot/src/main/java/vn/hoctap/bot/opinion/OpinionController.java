package vn.hoctap.bot.opinion;

import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hoctap.bot.access.UnitScope;
import vn.hoctap.scheduler.opinion.NewOpinionForm;
import vn.hoctap.scheduler.opinion.OpinionForms;
import vn.hoctap.scheduler.opinion.OpinionResults;

/** The opinion form API: create and send one, and its results by unit with the comments. */
@RestController
class OpinionController {

    record Results(OpinionForms.Form form, List<OpinionResults.Row> rows, List<OpinionResults.Comment> comments) {
    }

    private final OpinionForms forms;
    private final OpinionResults results;
    private final UnitScope scope;

    OpinionController(OpinionForms forms, OpinionResults results, UnitScope scope) {
        this.forms = forms;
        this.results = results;
        this.scope = scope;
    }

    @PostMapping("/api/opinion-forms")
    ResponseEntity<OpinionForms.Form> create(@RequestBody NewOpinionForm request) {
        scope.requireCampaign(request.campaignId());
        return ResponseEntity.status(HttpStatus.CREATED).body(forms.create(request));
    }

    @GetMapping("/api/opinion-forms/{id}/results")
    Results results(@PathVariable long id, @RequestParam long unit) {
        OpinionForms.Form form = forms.form(id).orElseThrow(() -> new NoSuchElementException("opinion form " + id));
        scope.requireCampaign(form.campaignId());
        scope.requireUnit(unit);
        return new Results(form, results.byUnit(id, unit), results.comments(id, unit));
    }
}

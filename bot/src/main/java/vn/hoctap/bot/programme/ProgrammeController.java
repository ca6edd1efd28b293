package vn.hoctap.bot.programme;

import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hoctap.bot.access.UnitScope;
import vn.hoctap.bot.telegram.Action;
import vn.hoctap.scheduler.programme.ActionProgrammes;

/**
 * Action programmes over the API: a committee uploads its draft (each upload a new version) and
 * issues it; the level above lists its child units' standing; the secretary reads the comments.
 */
@RestController
class ProgrammeController {

    record Upload(long campaignId, long unitId, String title, String body) {
    }

    record Ref(long campaignId, long unitId) {
    }

    private final ActionProgrammes programmes;
    private final UnitScope scope;

    ProgrammeController(ActionProgrammes programmes, UnitScope scope) {
        this.programmes = programmes;
        this.scope = scope;
    }

    @PutMapping("/api/action-programmes")
    ActionProgrammes.Programme upload(@RequestBody Upload u) {
        scope.requireCampaign(u.campaignId());
        scope.requireUnit(u.unitId());
        return programmes.upload(u.campaignId(), u.unitId(), u.title(), u.body());
    }

    @PostMapping("/api/action-programmes/issue")
    ActionProgrammes.Programme issue(@RequestBody Ref r) {
        scope.requireCampaign(r.campaignId());
        scope.requireUnit(r.unitId());
        return programmes.issue(r.campaignId(), r.unitId());
    }

    /** The child units of {@code unit} and where their programme for the campaign stands (issued by the deadline or not). */
    @GetMapping("/api/action-programmes")
    List<ActionProgrammes.UnitStanding> standing(@RequestParam long campaign, @RequestParam long unit) {
        scope.requireCampaign(campaign);
        scope.requireUnit(unit);
        return programmes.children(campaign, unit);
    }

    @GetMapping("/api/action-programmes/{id}/comments")
    List<ActionProgrammes.Comment> comments(@PathVariable long id) {
        var p = programmes.byId(id).orElseThrow(() -> new NoSuchElementException("action programme " + id));
        scope.requireUnit(p.unitId());
        return programmes.comments(id, 500);
    }
}

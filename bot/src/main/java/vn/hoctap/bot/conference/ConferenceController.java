package vn.hoctap.bot.conference;

import java.util.List;
import java.util.Map;
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
import vn.hoctap.scheduler.conference.Conference;
import vn.hoctap.scheduler.conference.ConferencePoint;
import vn.hoctap.scheduler.conference.ConferenceRepository;
import vn.hoctap.scheduler.conference.ConferenceResults;
import vn.hoctap.scheduler.conference.Conferences;
import vn.hoctap.scheduler.conference.NewConference;

/** The conference API: create one (points, documents, convening, convocation), its live board, close it, its results by unit. */
@RestController
class ConferenceController {

    record Created(Conference conference, List<ConferencePoint> points, long convened) {
    }

    private final Conferences conferences;
    private final ConferenceRepository repository;
    private final ConferenceResults results;
    private final BoardViews boards;
    private final UnitScope scope;

    ConferenceController(Conferences conferences, ConferenceRepository repository, ConferenceResults results,
            BoardViews boards, UnitScope scope) {
        this.conferences = conferences;
        this.repository = repository;
        this.results = results;
        this.boards = boards;
        this.scope = scope;
    }

    @PostMapping("/api/conferences")
    ResponseEntity<Created> create(@RequestBody NewConference request) {
        scope.requireCampaign(request.campaignId());
        Conference c = conferences.create(request, scope.requester());
        BoardViews.BoardView board = boards.of(c);
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(c, repository.points(c.id()), board.total().convened()));
    }

    @GetMapping("/api/conferences/{id}/board")
    BoardViews.BoardView board(@PathVariable long id) {
        return boards.of(reachable(id));
    }

    /** Closes the conference now (the organiser's "end"): absentees get their make-up study. */
    @PostMapping("/api/conferences/{id}/end")
    Map<String, Object> end(@PathVariable long id) {
        return Map.of("makeupMessagesQueued", conferences.end(reachable(id), scope.requester()));
    }

    /** JSON (default) or {@code format=csv}. */
    @GetMapping("/api/reports/conferences/{id}")
    ResponseEntity<?> results(@PathVariable long id, @RequestParam long unit, @RequestParam(defaultValue = "json") String format) {
        Conference c = reachable(id);
        scope.requireUnit(unit);
        ConferenceResults.Report report = results.forUnit(c, unit);
        return switch (format) {
            case "json" -> ResponseEntity.ok(report);
            case "csv" -> ResultsCsv.of(report);
            default -> ResponseEntity.badRequest().body(Map.of("error", "format must be json or csv"));
        };
    }

    private Conference reachable(long id) {
        Conference c = repository.findById(id).orElseThrow(() -> new NoSuchElementException("conference " + id));
        scope.requireCampaign(c.campaignId());
        return c;
    }
}

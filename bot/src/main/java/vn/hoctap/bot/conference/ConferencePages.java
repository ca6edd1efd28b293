package vn.hoctap.bot.conference;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.hoctap.bot.access.UnitScope;
import vn.hoctap.bot.members.QrCodes;
import vn.hoctap.bot.opinion.OpinionFormLists;
import vn.hoctap.bot.telegram.BotIdentity;
import vn.hoctap.bot.web.DashboardPage;
import vn.hoctap.scheduler.conference.CheckInCodes;
import vn.hoctap.scheduler.conference.Conference;
import vn.hoctap.scheduler.conference.ConferencePoint;
import vn.hoctap.scheduler.conference.ConferenceRepository;
import vn.hoctap.scheduler.conference.Conferences;
import vn.hoctap.scheduler.conference.ConferenceResults;

/**
 * Dashboard pages of conferences: the list, the organiser's live board (polls a small JSON every
 * few seconds) with results by unit once ended and the conference's opinion forms, and each point's check-in screen (phone or
 * projector) whose QR code and t.me link change every 30 seconds.
 */
@DashboardPage
class ConferencePages {

    private final ConferenceRepository conferences;
    private final ConferenceResults results;
    private final BoardViews boards;
    private final CheckInCodes codes;
    private final QrCodes qr;
    private final BotIdentity bot;
    private final UnitScope scope;
    private final OpinionFormLists opinionForms;
    private final Clock clock;
    private final Conferences rules;

    ConferencePages(ConferenceRepository conferences, ConferenceResults results, BoardViews boards, CheckInCodes codes, QrCodes qr,
            BotIdentity bot, UnitScope scope, OpinionFormLists opinionForms, Clock clock, Conferences rules) {
        this.rules = rules;
        this.opinionForms = opinionForms;
        this.conferences = conferences;
        this.results = results;
        this.boards = boards;
        this.codes = codes;
        this.qr = qr;
        this.bot = bot;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/conferences")
    String list(Model model) {
        List<Conference> visible = conferences.recent(clock.instant().minus(Duration.ofDays(90))).stream()
                .filter(c -> conferences.points(c.id()).stream().anyMatch(p -> scope.reachesUnit(p.unitId()))).toList();
        model.addAttribute("conferences", visible);
        return "conferences/list";
    }

    @GetMapping("/conferences/{id}")
    String board(@PathVariable long id, @RequestParam(required = false) Long unit, Model model) {
        Conference c = reachable(id);
        model.addAttribute("board", boards.of(c));
        model.addAttribute("conference", c);
        // "Kết thúc hội nghị" only for a login that may end it (every point in its reach).
        model.addAttribute("mayEnd", rules.mayEnd(c, scope.requester()));
        opinionForms.addTo(model, c.campaignId(), c.id());
        if (c.status() == Conference.Status.ENDED) {
            long root = conferences.commonAncestor(c.id());
            long shown = unit != null ? unit : scope.reachesUnit(root) ? root : scope.firstRoot();
            scope.requireUnit(shown);
            model.addAttribute("results", results.forUnit(c, shown));
            model.addAttribute("resultsUnit", shown);
        }
        return "conferences/board";
    }

    @GetMapping("/conferences/{id}/results.csv")
    ResponseEntity<byte[]> resultsCsv(@PathVariable long id, @RequestParam long unit) {
        Conference c = reachable(id);
        scope.requireUnit(unit);
        return ResultsCsv.of(results.forUnit(c, unit));
    }

    @GetMapping("/conferences/{id}/board.json")
    @ResponseBody
    BoardViews.BoardView boardJson(@PathVariable long id) {
        return boards.of(reachable(id));
    }

    @GetMapping("/conferences/points/{pointId}/checkin")
    String checkIn(@PathVariable long pointId, Model model) {
        ConferencePoint p = point(pointId);
        model.addAttribute("point", p);
        model.addAttribute("conference", conferences.findById(p.conferenceId()).orElseThrow());
        model.addAttribute("code", code(p));
        return "conferences/checkin";
    }

    /** Polled by the check-in screen: the current link, its slot, seconds left, and the point's figures. */
    @GetMapping("/conferences/points/{pointId}/code.json")
    ResponseEntity<Map<String, Object>> codeJson(@PathVariable long pointId) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(code(point(pointId)));
    }

    @GetMapping("/conferences/points/{pointId}/qr.svg")
    ResponseEntity<String> qrSvg(@PathVariable long pointId) {
        ConferencePoint p = point(pointId);
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml")).cacheControl(CacheControl.noStore())
                .body(qr.svg(bot.deepLink(codes.code(p.id(), clock.instant()))));
    }

    private Map<String, Object> code(ConferencePoint p) {
        Instant now = clock.instant();
        BoardViews.PointView figures = boards.point(p);
        return Map.of("link", bot.deepLink(codes.code(p.id(), now)), "slot", CheckInCodes.slot(now), "secondsLeft",
                CheckInCodes.secondsLeft(now), "present", figures.present(), "convened", figures.convened(), "rate", figures.rate());
    }

    private ConferencePoint point(long pointId) {
        ConferencePoint p = conferences.point(pointId).orElseThrow(() -> new NoSuchElementException("point " + pointId));
        scope.requireUnit(p.unitId());
        return p;
    }

    private Conference reachable(long id) {
        Conference c = conferences.findById(id).orElseThrow(() -> new NoSuchElementException("conference " + id));
        scope.requireCampaign(c.campaignId());
        return c;
    }
}

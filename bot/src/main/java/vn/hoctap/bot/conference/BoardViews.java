package vn.hoctap.bot.conference;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.scheduler.conference.Conference;
import vn.hoctap.scheduler.conference.ConferenceBoard;
import vn.hoctap.scheduler.conference.ConferencePoint;

/**
 * The live board as the page and the API show it: figures per point with the rate written the
 * Vietnamese way, and the totals sentence reports use ("3 điểm cầu, 45 đảng viên tham dự, đạt 75,0%").
 */
@Component
class BoardViews {

    record PointView(Long pointId, String unit, String place, long convened, long present, String rate, long absentWithReason,
            long absentWork, long absentIll, long absentFamily, long absentOther, long walkIns, long nonMembers) {
    }

    record BoardView(long conferenceId, String name, String status, String updatedAt, List<PointView> points, PointView total,
            String sentence) {
    }

    private final ConferenceBoard board;
    private final Texts texts;
    private final Clock clock;

    BoardViews(ConferenceBoard board, Texts texts, Clock clock) {
        this.board = board;
        this.texts = texts;
        this.clock = clock;
    }

    BoardView of(Conference conference) {
        ConferenceBoard.Board b = board.of(conference);
        List<PointView> points = b.points().stream().map(BoardViews::view).toList();
        ConferenceBoard.Row t = b.total();
        String sentence = texts.get("conf.totals", VietnameseNumbers.count(points.size()), VietnameseNumbers.count(t.present()),
                VietnameseNumbers.percent(t.present(), t.convened()));
        return new BoardView(conference.id(), conference.name(), conference.status().name(), texts.dateTime(clock.instant()), points,
                view(t), sentence);
    }

    PointView point(ConferencePoint point) {
        return view(board.point(point));
    }

    private static PointView view(ConferenceBoard.Row r) {
        return new PointView(r.point() == null ? null : r.point().id(), r.point() == null ? null : r.point().unitName(),
                r.point() == null ? null : r.point().place(), r.convened(), r.present(), VietnameseNumbers.percent(r.present(), r.convened()),
                r.absentWithReason(), r.absentWork(), r.absentIll(), r.absentFamily(), r.absentOther(), r.walkIns(), r.nonMembers());
    }
}

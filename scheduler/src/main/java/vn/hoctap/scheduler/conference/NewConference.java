package vn.hoctap.scheduler.conference;

import java.time.Instant;
import java.util.List;

import vn.hoctap.scheduler.rules.RuleViolation;

/**
 * What an organiser asks for: a conference of a campaign, its documents and its connection points.
 * Refusals are {@link RuleViolation}s naming the dashboard form's field, so the page and the API
 * both explain them in the user's language.
 */
public record NewConference(long campaignId, String name, Instant startsAt, Instant endsAt, List<Long> documentIds,
        List<Point> points, Integer makeupDays) {

    /** A connection point: the unit hosting it and the place (hall, meeting room). */
    public record Point(long unitId, String place) {
    }

    public static final int MAX_POINTS = 2_000;
    public static final int MAX_DOCUMENTS = 20;

    public NewConference {
        documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
        points = points == null ? List.of() : List.copyOf(points);
        if (name == null || name.isBlank() || name.length() > 300) {
            throw new RuleViolation("name", "rule.conference.name", "name must be 1 to 300 characters");
        }
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            throw new RuleViolation("endsAt", "rule.conference.endBeforeStart", "the end must be after the start");
        }
        if (points.isEmpty() || points.size() > MAX_POINTS) {
            throw new RuleViolation("unitIds", "rule.conference.points", "a conference needs 1 to " + MAX_POINTS + " connection points",
                    MAX_POINTS);
        }
        if (documentIds.isEmpty() || documentIds.size() > MAX_DOCUMENTS) {
            throw new RuleViolation("documentIds", "rule.conference.documents", "a conference needs 1 to " + MAX_DOCUMENTS + " documents",
                    MAX_DOCUMENTS);
        }
        for (Point p : points) {
            if (p.place() == null || p.place().isBlank() || p.place().length() > 300) {
                throw new RuleViolation("place", "rule.conference.place", "each point needs a place of 1 to 300 characters");
            }
        }
        if (points.stream().map(Point::unitId).distinct().count() != points.size()) {
            throw new RuleViolation("unitIds", "rule.conference.duplicatePoint", "a unit hosts at most one point of a conference");
        }
        if (makeupDays != null && (makeupDays < 1 || makeupDays > 90)) {
            throw new RuleViolation("makeupDays", "rule.conference.makeupDays", "make-up study lasts 1 to 90 days");
        }
    }
}

package vn.hoctap.bot.conference;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

import vn.hoctap.scheduler.conference.NewConference;

/**
 * The "Tạo hội nghị" form as typed, bound by Spring so a refused form comes back whole. The points
 * are units ticked in the unit tree; one place is typed for all of them (50 points need no 50
 * fields) and any point may override it in the points table. Mutable because the binder fills it
 * field by field and must keep what it could not convert.
 */
public class ConferenceForm {

    private Long campaignId;
    private String name;
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime startsAt;
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime endsAt;
    private List<Long> documentIds = new ArrayList<>();
    private List<Long> unitIds = new ArrayList<>();
    private String place;
    private Map<Long, String> places = new LinkedHashMap<>();
    // Kept as typed (text), so a refused "abc" or "-5" comes back as it was, not as the last good value.
    private String makeupDays = "14";

    /** Marks a make-up period that is not a whole number from 1 to 90 beside its field, before the service is asked. */
    void checkNumbers(BindingResult binding) {
        Integer days = makeupDays();
        if (days != null && days == Integer.MIN_VALUE) {
            binding.rejectValue("makeupDays", "typeMismatch.java.lang.Integer", "not a number");
        } else if (days != null && (days < 1 || days > 90)) {
            binding.rejectValue("makeupDays", "rule.conference.makeupDays", "make-up study lasts 1 to 90 days");
        }
    }

    /** The typed days; null when left empty (the service's default), {@link Integer#MIN_VALUE} when not a whole number. */
    private Integer makeupDays() {
        if (makeupDays == null || makeupDays.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(makeupDays.strip());
        } catch (NumberFormatException e) {
            return Integer.MIN_VALUE;
        }
    }

    /** The request for the conference service, which refuses with a {@code RuleViolation} naming the field at fault. */
    NewConference toRequest(ZoneId zone) {
        List<NewConference.Point> points = unitIds.stream().distinct().map(u -> new NewConference.Point(u, placeOf(u))).toList();
        return new NewConference(campaignId == null ? 0 : campaignId, name == null ? null : name.strip(),
                startsAt == null ? null : startsAt.atZone(zone).toInstant(), endsAt == null ? null : endsAt.atZone(zone).toInstant(),
                documentIds, points, makeupDays());
    }

    /** The point's own place if one was typed, else the place for all points. */
    String placeOf(long unitId) {
        String own = places.get(unitId);
        return own != null && !own.isBlank() ? own.strip() : place == null ? null : place.strip();
    }

    public Long getCampaignId() { return campaignId; }
    public void setCampaignId(Long campaignId) { this.campaignId = campaignId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalDateTime endsAt) { this.endsAt = endsAt; }
    public List<Long> getDocumentIds() { return documentIds; }
    public void setDocumentIds(List<Long> documentIds) { this.documentIds = documentIds == null ? new ArrayList<>() : documentIds; }
    public List<Long> getUnitIds() { return unitIds; }
    public void setUnitIds(List<Long> unitIds) { this.unitIds = unitIds == null ? new ArrayList<>() : unitIds; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public Map<Long, String> getPlaces() { return places; }
    public void setPlaces(Map<Long, String> places) { this.places = places == null ? new LinkedHashMap<>() : places; }
    public String getMakeupDays() { return makeupDays; }
    public void setMakeupDays(String makeupDays) { this.makeupDays = makeupDays; }
}

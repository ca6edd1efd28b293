package vn.hoctap.scheduler.conference;

import java.util.List;

import vn.hoctap.scheduler.campaign.CampaignTexts.Text;

/**
 * The wording of conference messages (Vietnamese, from the bot's bundle). The scheduler decides who
 * gets what and when; the bot decides how it reads. Implemented by the bot module.
 */
public interface ConferenceTexts {

    /** The convocation: time, place, documents, with "Tham dự" / "Vắng" buttons. */
    Text convocation(Conference conference, ConferencePoint point, String fullName, List<String> documents);

    /** The day before or an hour before ({@code hourBefore}). */
    Text reminder(Conference conference, ConferencePoint point, boolean hourBefore);

    /**
     * After the conference, to a convened member who did not attend: the make-up study, each document
     * with the member's own deadline for it (the make-up one, or the campaign's where the campaign
     * already assigned it to them).
     */
    Text makeup(Conference conference, String fullName, List<Due> documents);

    /** A document line ("18-NQ/TW — title") and when the member must have studied it. */
    record Due(String document, java.time.Instant deadline) {
    }
}

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

    /** After the conference, to a convened member who did not attend: the make-up study. */
    Text makeup(Conference conference, List<String> documents, java.time.Instant deadline);
}

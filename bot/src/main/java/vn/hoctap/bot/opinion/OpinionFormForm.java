package vn.hoctap.bot.opinion;

import java.util.Arrays;

import vn.hoctap.scheduler.opinion.NewOpinionForm;

/**
 * The "Tạo phiếu lấy ý kiến" form as typed: the questions are one per line in a text area (easier on
 * a phone than twenty inputs), blank lines ignored. Mutable for Spring's binder, so a refused form
 * comes back as typed.
 */
public class OpinionFormForm {

    private Long campaignId;
    private Long conferenceId;
    private String title;
    private String questions;

    /** The request for the opinion form service, which refuses with a {@code RuleViolation} naming the field. */
    NewOpinionForm toRequest() {
        var lines = Arrays.stream(questions == null ? new String[0] : questions.split("\\R")).map(String::strip)
                .filter(q -> !q.isEmpty()).toList();
        return new NewOpinionForm(campaignId == null ? 0 : campaignId, conferenceId, title == null ? null : title.strip(), lines);
    }

    public Long getCampaignId() { return campaignId; }
    public void setCampaignId(Long campaignId) { this.campaignId = campaignId; }
    public Long getConferenceId() { return conferenceId; }
    public void setConferenceId(Long conferenceId) { this.conferenceId = conferenceId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getQuestions() { return questions; }
    public void setQuestions(String questions) { this.questions = questions; }
}

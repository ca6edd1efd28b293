package vn.hoctap.bot.programme;

/** The action programme draft as typed on the dashboard (mutable for Spring's binder, so a refused draft comes back whole). */
public class ProgrammeForm {

    private Long campaignId;
    private Long unitId;
    private String title;
    private String body;

    public Long getCampaignId() { return campaignId; }
    public void setCampaignId(Long campaignId) { this.campaignId = campaignId; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
}

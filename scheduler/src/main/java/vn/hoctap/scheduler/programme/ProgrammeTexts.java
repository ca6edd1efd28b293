package vn.hoctap.scheduler.programme;

import java.util.List;

import vn.hoctap.scheduler.campaign.CampaignTexts.Text;

/** The wording of the daily note on lagging action programmes (implemented by the bot). */
public interface ProgrammeTexts {

    /** To a committee's secretary: its child units that have not issued their programme, of {@code total}. */
    Text lagging(String campaignName, String unitName, List<ActionProgrammes.UnitStanding> lagging, int total);
}

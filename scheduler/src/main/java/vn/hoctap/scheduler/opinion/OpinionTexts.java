package vn.hoctap.scheduler.opinion;

import vn.hoctap.scheduler.campaign.CampaignTexts.Text;

/** The wording of an opinion form's first question as queued for each member (implemented by the bot). */
public interface OpinionTexts {

    /** Question {@code position} (1-based) of {@code total}, with the three answer buttons. */
    Text question(OpinionForms.Form form, OpinionForms.Question question, int total);
}

package vn.hoctap.scheduler.campaign;

import java.time.Instant;
import java.util.List;

import vn.hoctap.scheduler.delivery.OutgoingMessage.ButtonSpec;

/**
 * The wording of campaign messages (Vietnamese, from the bot's message bundle). The scheduler
 * decides who gets what and when; the bot decides how it reads. Implemented by the bot module.
 */
public interface CampaignTexts {

    record Text(String body, List<List<ButtonSpec>> keyboard) {
    }

    /** A member of the audience, with what they still have to study. */
    record Learner(long memberId, long chatId, String fullName, List<String> pendingDocuments) {
    }

    /** A lagging unit with its completion. */
    record UnitFigure(String unitName, long members, long done) {
    }

    Text announcement(Campaign campaign, Learner learner);

    Text reminder(Campaign campaign, Learner learner, Instant now);

    Text secretaryDigest(Campaign campaign, String cellName, List<String> notDoneNames, long cellMembers);

    Text laggingUnits(Campaign campaign, String parentName, List<UnitFigure> lagging);

    Text secretaryPush(Campaign campaign, Learner learner, String secretaryName);

    /** Daily, to the secretary of a commune or district: its cells below the campaign's target, {@code cells} in all. */
    Text leaderDigest(Campaign campaign, String unitName, List<UnitFigure> lagging, long cells);
}

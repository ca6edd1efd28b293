package vn.hoctap.bot.programme;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.scheduler.campaign.CampaignTexts.Text;
import vn.hoctap.scheduler.programme.ActionProgrammes;
import vn.hoctap.scheduler.programme.ProgrammeTexts;

/** The Vietnamese wording of the daily note on child committees that have not issued their action programme. */
@Component
class ProgrammeMessages implements ProgrammeTexts {

    private final Texts texts;

    ProgrammeMessages(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Text lagging(String campaignName, String unitName, List<ActionProgrammes.UnitStanding> lagging, int total) {
        String lines = lagging.stream().map(s -> "• " + s.unitName() + " (" + texts.get("programme.status." + s.status().name()) + ")")
                .collect(Collectors.joining("\n"));
        return new Text(texts.get("programme.digest", campaignName, unitName, lagging.size(), total, lines), List.of());
    }
}

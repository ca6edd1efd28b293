package vn.hoctap.bot.opinion;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.telegram.Button;
import vn.hoctap.bot.telegram.Keyboard;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.scheduler.campaign.CampaignTexts.Text;
import vn.hoctap.scheduler.delivery.OutgoingMessage.ButtonSpec;
import vn.hoctap.scheduler.opinion.OpinionForms;
import vn.hoctap.scheduler.opinion.OpinionTexts;

/** The wording of an opinion form's questions and their three answer buttons ({@code opa:question:choice}). */
@Component
class OpinionMessages implements OpinionTexts {

    static final String ANSWER = "opa";
    static final String SKIP = "opk";

    private final Texts texts;

    OpinionMessages(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Text question(OpinionForms.Form form, OpinionForms.Question q, int total) {
        return new Text(body(form, q, total), List.of(List.of(spec(q, OpinionForms.Choice.AGREE)), List.of(spec(q, OpinionForms.Choice.PARTLY)),
                List.of(spec(q, OpinionForms.Choice.DISAGREE))));
    }

    String body(OpinionForms.Form form, OpinionForms.Question q, int total) {
        return texts.get("opinion.question", form.title(), q.position(), total, q.text());
    }

    String choice(OpinionForms.Choice c) {
        return texts.get("opinion.choice." + c.name());
    }

    Keyboard keyboard(OpinionForms.Question q) {
        return Keyboard.of(button(q, OpinionForms.Choice.AGREE), button(q, OpinionForms.Choice.PARTLY), button(q, OpinionForms.Choice.DISAGREE));
    }

    private Button button(OpinionForms.Question q, OpinionForms.Choice c) {
        return new Button(choice(c), OpinionActions.ANSWER.data(q.id(), c.ordinal()));
    }

    private ButtonSpec spec(OpinionForms.Question q, OpinionForms.Choice c) {
        return new ButtonSpec(choice(c), OpinionActions.ANSWER.data(q.id(), c.ordinal()));
    }
}

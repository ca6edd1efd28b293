package vn.hoctap.bot.refresh;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.content.quiz.QuizQuestion;
import vn.hoctap.scheduler.delivery.OutgoingMessage;
import vn.hoctap.scheduler.refresh.RefresherTexts;

/** A refresher as the member reads it (plain text, like every bulk message): question, options in full, letter buttons. */
@Component
class RefresherMessages implements RefresherTexts {

    private final Texts texts;

    RefresherMessages(Texts texts) {
        this.texts = texts;
    }

    @Override
    public String question(long refresherId, int intervalDays, String documentCode, QuizQuestion question) {
        StringBuilder text = new StringBuilder(texts.get("refresher.question", intervalDays, documentCode, question.question()));
        text.append('\n');
        for (int i = 0; i < question.options().size(); i++) {
            text.append('\n').append(letter(i)).append(". ").append(question.options().get(i));
        }
        return text.append("\n\n").append(texts.get("refresher.pick")).toString();
    }

    @Override
    public List<List<OutgoingMessage.ButtonSpec>> buttons(long refresherId, QuizQuestion question) {
        List<OutgoingMessage.ButtonSpec> row = new ArrayList<>();
        for (int i = 0; i < question.options().size(); i++) {
            row.add(new OutgoingMessage.ButtonSpec(letter(i), RefreshActions.ANSWER.data(refresherId, i)));
        }
        List<List<OutgoingMessage.ButtonSpec>> rows = new ArrayList<>();
        for (int from = 0; from < row.size(); from += 5) {
            rows.add(row.subList(from, Math.min(row.size(), from + 5)));
        }
        return rows;
    }

    static String letter(int i) {
        return String.valueOf((char) ('A' + i));
    }
}

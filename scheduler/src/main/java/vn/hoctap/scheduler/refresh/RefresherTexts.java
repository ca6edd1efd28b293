package vn.hoctap.scheduler.refresh;

import java.util.List;

import vn.hoctap.content.quiz.QuizQuestion;
import vn.hoctap.scheduler.delivery.OutgoingMessage;

/** The wording of a refresher (implemented where the message bundles live). */
public interface RefresherTexts {

    /** The plain-text message: the question with every option written in full. */
    String question(long refresherId, int intervalDays, String documentCode, QuizQuestion question);

    /** One short button per option, each answering {@code rf:<refresher>:<option>}. */
    List<List<OutgoingMessage.ButtonSpec>> buttons(long refresherId, QuizQuestion question);
}

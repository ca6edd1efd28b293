package vn.hoctap.bot.quiz;

import vn.hoctap.bot.telegram.Action;

/**
 * The buttons of this feature, declared once: other features put them on their messages through
 * these constants (never by spelling the code), and this feature's handlers answer them.
 */
public final class QuizActions {

    /** Starts the inline-keyboard quiz: {@code qi:assignment}. */
    public static final Action INLINE = new Action("qi", 1);

    /** Starts the quiz as Telegram quiz polls: {@code qp:assignment}. */
    public static final Action POLLS = new Action("qp", 1);

    /** Picks an option: {@code qa:attempt:question:displayedOption}. */
    public static final Action ANSWER = new Action("qa", 3);

    /** Submits a multiple-answer question: {@code qs:attempt:question}. */
    public static final Action SUBMIT = new Action("qs", 2);

    private QuizActions() {
    }
}

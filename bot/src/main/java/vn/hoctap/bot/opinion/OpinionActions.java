package vn.hoctap.bot.opinion;

import vn.hoctap.bot.telegram.Action;

/**
 * The buttons of this feature, declared once: its messages build them through these constants and
 * its route group answers them.
 */
public final class OpinionActions {

    /** An answer to a question of an opinion form: {@code opa:question:choice}. */
    public static final Action ANSWER = new Action("opa", 2);

    /** "Bỏ qua" instead of a free comment: {@code opk:form}. */
    public static final Action SKIP = new Action("opk", 1);

    private OpinionActions() {
    }
}

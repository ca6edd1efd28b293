package vn.hoctap.bot.refresh;

import vn.hoctap.bot.telegram.Action;

/**
 * The buttons of this feature, declared once: other features put them on their messages through
 * these constants (never by spelling the code), and this feature's handlers answer them.
 */
public final class RefreshActions {

    /** Answers a refresher question: {@code rf:refresher:option}. */
    public static final Action ANSWER = new Action("rf", 2);

    private RefreshActions() {
    }
}

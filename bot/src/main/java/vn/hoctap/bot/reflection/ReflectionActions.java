package vn.hoctap.bot.reflection;

import vn.hoctap.bot.telegram.Action;

/**
 * The buttons of this feature, declared once: other features put them on their messages through
 * these constants (never by spelling the code), and this feature's handlers answer them.
 */
public final class ReflectionActions {

    /** «✍️ Bài thu hoạch»: starts or continues writing: {@code r:assignment}. */
    public static final Action WRITE = new Action("r", 1);

    /** Shows the draft: {@code rv:assignment}. */
    public static final Action PREVIEW = new Action("rv", 1);

    /** Starts the draft again: {@code rw:assignment}. */
    public static final Action REWRITE = new Action("rw", 1);

    /** Submits the draft: {@code rs:assignment}. */
    public static final Action SUBMIT = new Action("rs", 1);

    private ReflectionActions() {
    }
}

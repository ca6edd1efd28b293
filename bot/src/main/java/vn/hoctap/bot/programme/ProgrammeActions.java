package vn.hoctap.bot.programme;

import vn.hoctap.bot.telegram.Action;

/**
 * The buttons of this feature, declared once: its messages build them through these constants and
 * its route group answers them.
 */
public final class ProgrammeActions {

    /** Opens an action programme: {@code apr:programme}. */
    public static final Action READ = new Action("apr", 1);

    /** "💬 Góp ý" on an action programme: {@code apc:programme}. */
    public static final Action COMMENT = new Action("apc", 1);

    private ProgrammeActions() {
    }
}

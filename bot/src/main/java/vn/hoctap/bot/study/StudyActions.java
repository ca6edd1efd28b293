package vn.hoctap.bot.study;

import vn.hoctap.bot.telegram.Action;

/**
 * The buttons of this feature, declared once: other features put them on their messages through
 * these constants (never by spelling the code), and this feature's handlers answer them.
 */
public final class StudyActions {

    /** Opens an assignment from the list: {@code o:assignment}. */
    public static final Action OPEN = new Action("o", 1);

    /** A summary page: {@code p:assignment:page}. */
    public static final Action PAGE = new Action("p", 2);

    /** "Tôi đã học xong": {@code c:assignment:page} (page 0 from a message that is not a summary page). */
    public static final Action CONFIRM = new Action("c", 2);

    /** "Danh sách tài liệu": the same list as /hoc. */
    public static final Action LIST = new Action("l", 0);

    private StudyActions() {
    }
}

package vn.hoctap.bot.search;

import vn.hoctap.bot.telegram.Action;

/**
 * The buttons of this feature, declared once: other features put them on their messages through
 * these constants (never by spelling the code), and this feature's handlers answer them.
 */
public final class SearchActions {

    /** Opens a section as a new message: {@code s:document:position+1}. */
    public static final Action OPEN_SECTION = new Action("s", 2);

    /** A page of a section, edited in place: {@code sp:document:position+1:page}. */
    public static final Action SECTION_PAGE = new Action("sp", 3);

    /** Runs the suggested query kept in the session. */
    public static final Action SUGGESTION = new Action("sg", 0);

    private SearchActions() {
    }
}

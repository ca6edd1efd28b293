package vn.hoctap.bot.campaigns;

import vn.hoctap.bot.telegram.Action;

/**
 * The buttons of this feature, declared once: other features put them on their messages through
 * these constants (never by spelling the code), and this feature's handlers answer them.
 */
public final class CampaignActions {

    /** "Nhắc lại sau": snoozes a reminder: {@code z:assignment}. */
    public static final Action SNOOZE = new Action("z", 1);

    /** A campaign picked from /chibo: {@code cb:campaign}. */
    public static final Action CELL_VIEW = new Action("cb", 1);

    /** A campaign picked for a reminder: {@code np:campaign}. */
    public static final Action PUSH_PREVIEW = new Action("np", 1);

    /** The secretary confirmed the reminder: {@code ns:campaign}. */
    public static final Action PUSH_SEND = new Action("ns", 1);

    /** Reminds one member: {@code cr:campaign:member}. */
    public static final Action REMIND_ONE = new Action("cr", 2);

    private CampaignActions() {
    }
}

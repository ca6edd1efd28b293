package vn.hoctap.bot.conference;

import vn.hoctap.bot.telegram.Action;

/**
 * The buttons of this feature, declared once: its messages build them through these constants and
 * its route group answers them.
 */
public final class ConferenceActions {

    /** "✅ Tham dự" under a convocation: {@code cfy:conference}. */
    public static final Action ATTEND = new Action("cfy", 1);

    /** "❌ Vắng" under a convocation: asks the reason, {@code cfn:conference}. */
    public static final Action ABSENT = new Action("cfn", 1);

    /** The reason of an absence: {@code cfr:conference:reason}. */
    public static final Action REASON = new Action("cfr", 2);

    /** The secretary ticks a member present at roll-call: {@code cfp:conference:member}. */
    public static final Action TICK = new Action("cfp", 2);

    /** The secretary takes back a mistaken tick: {@code cfu:conference:member}. */
    public static final Action UNTICK = new Action("cfu", 2);

    private ConferenceActions() {
    }
}

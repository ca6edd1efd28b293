package vn.hoctap.bot.web;

/**
 * A page needs a unit but the organisation has none yet (a new installation): the dashboard sends
 * the user to the organisation page, where the top unit is created or the tree imported, instead of
 * a "not found" page.
 */
public class NoUnitsYet extends RuntimeException {

    public NoUnitsYet() {
        super("no units yet: create the top unit or import the tree under /organisation");
    }
}

package vn.hoctap.bot.access;

/** What a dashboard login may do: ADMIN everything (within its unit if it has one), SECRETARY read and act in its subtree. */
public enum DashboardRole {
    ADMIN, SECRETARY
}

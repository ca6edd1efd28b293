package vn.hoctap.scheduler.campaign;

/**
 * The one meaning of "lagging" (chậm tiến độ): a unit with members whose completion is below the
 * campaign's threshold ({@link Campaign#laggingPercent()}, set in the campaign form, 80% unless
 * changed). The escalation after the deadline, the leaders' digest and the dashboard's highlighted
 * rows all ask this class, so a unit flagged in one place is flagged in all.
 */
public final class Lagging {

    private Lagging() {
    }

    public static boolean lags(long done, long members, int laggingPercent) {
        return members > 0 && done * 100 < members * (long) laggingPercent;
    }

    public static boolean lags(long done, long members, Campaign campaign) {
        return lags(done, members, campaign.laggingPercent());
    }
}

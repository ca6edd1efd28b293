package vn.hoctap.bot.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests can set and move (quiet hours, snoozes) without sleeping. It keeps ticking from
 * wherever it was set, so waits such as "retry in one second" still come due.
 */
public final class MutableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    public void set(Instant instant) {
        offset = Duration.between(Instant.now(), instant);
    }

    public void advance(Duration d) {
        offset = offset.plus(d);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}

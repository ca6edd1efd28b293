package vn.hoctap.scheduler.campaign;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * When a bulk message may reach members: never in quiet hours (default 21:00–07:00 local), and,
 * if the campaign asks, never on Sundays or public holidays. A time outside the window moves to
 * the next allowed morning.
 */
final class DeliveryWindow {

    private final ZoneId zone;
    private final LocalTime quietStart;
    private final LocalTime quietEnd;
    private final boolean skipSundays;
    private final Set<LocalDate> holidays;

    public DeliveryWindow(ZoneId zone, Campaign.ReminderSettings settings, Set<LocalDate> holidays) {
        this.zone = zone;
        this.quietStart = settings.quietStart();
        this.quietEnd = settings.quietEnd();
        this.skipSundays = settings.skipSundays();
        this.holidays = settings.skipHolidays() ? Set.copyOf(holidays) : Set.of();
    }

    public boolean allows(Instant t) {
        ZonedDateTime local = t.atZone(zone);
        return !isQuiet(local.toLocalTime()) && !isDayOff(local.toLocalDate());
    }

    /** {@code t} itself if allowed, else the first allowed moment after it. */
    public Instant next(Instant t) {
        ZonedDateTime local = t.atZone(zone);
        for (int guard = 0; guard < 400 && !allows(local.toInstant()); guard++) {
            LocalTime time = local.toLocalTime();
            if (isDayOff(local.toLocalDate())) {
                // Start of the next day; the loop then moves it out of quiet hours if needed.
                local = local.toLocalDate().plusDays(1).atStartOfDay(zone);
            } else if (quietWrapsMidnight() && !time.isBefore(quietStart)) {
                local = local.toLocalDate().plusDays(1).atTime(quietEnd).atZone(zone);
            } else {
                local = local.toLocalDate().atTime(quietEnd).atZone(zone);
            }
        }
        return local.toInstant();
    }

    private boolean isQuiet(LocalTime time) {
        if (quietStart.equals(quietEnd)) {
            return false;
        }
        return quietWrapsMidnight() ? !time.isBefore(quietStart) || time.isBefore(quietEnd)
                : !time.isBefore(quietStart) && time.isBefore(quietEnd);
    }

    private boolean quietWrapsMidnight() {
        return quietStart.isAfter(quietEnd);
    }

    private boolean isDayOff(LocalDate day) {
        return (skipSundays && day.getDayOfWeek() == DayOfWeek.SUNDAY) || holidays.contains(day);
    }
}

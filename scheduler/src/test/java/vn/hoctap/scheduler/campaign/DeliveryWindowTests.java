package vn.hoctap.scheduler.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DeliveryWindowTests {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(VN).toInstant();
    }

    private static DeliveryWindow window(boolean sundays, boolean holidays, Set<LocalDate> days) {
        return new DeliveryWindow(VN, new Campaign.ReminderSettings(List.of(), true, LocalTime.of(21, 0), LocalTime.of(7, 0),
                sundays, holidays), days);
    }

    @Test
    void daytimeIsAllowedAsIs() {
        assertThat(window(false, false, Set.of()).next(local("2026-11-24T14:00"))).isEqualTo(local("2026-11-24T14:00"));
    }

    @Test
    void eveningWaitsForTheNextMorning() {
        DeliveryWindow w = window(false, false, Set.of());
        assertThat(w.allows(local("2026-11-24T21:00"))).isFalse();
        assertThat(w.next(local("2026-11-24T22:30"))).isEqualTo(local("2026-11-25T07:00"));
        assertThat(w.next(local("2026-11-25T03:10"))).isEqualTo(local("2026-11-25T07:00"));
        assertThat(w.next(local("2026-11-24T20:59"))).isEqualTo(local("2026-11-24T20:59"));
    }

    @Test
    void sundaysAndHolidaysAreSkippedWhenAsked() {
        LocalDate holiday = LocalDate.of(2026, 12, 1);
        DeliveryWindow w = window(true, true, Set.of(holiday));
        // 2026-11-29 is a Sunday; Monday 30th is fine; Tuesday 1 December is a holiday.
        assertThat(w.next(local("2026-11-28T22:00"))).isEqualTo(local("2026-11-30T07:00"));
        assertThat(w.next(local("2026-12-01T10:00"))).isEqualTo(local("2026-12-02T07:00"));
        assertThat(window(false, false, Set.of(holiday)).allows(local("2026-12-01T10:00"))).isTrue();
    }

    @Test
    void aDayOffWithDaytimeQuietHoursResumesAtTheNextMidnight() {
        DeliveryWindow w = new DeliveryWindow(VN, new Campaign.ReminderSettings(List.of(), true, LocalTime.of(12, 0), LocalTime.of(13, 0),
                true, false), Set.of());
        assertThat(w.next(local("2026-11-29T10:00"))).isEqualTo(local("2026-11-30T00:00"));
        assertThat(w.next(local("2026-11-30T12:30"))).isEqualTo(local("2026-11-30T13:00"));
    }
}

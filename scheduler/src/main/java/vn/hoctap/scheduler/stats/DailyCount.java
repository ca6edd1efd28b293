package vn.hoctap.scheduler.stats;

import java.time.LocalDate;

/** One day (local time) of a progress chart: how many that day, and how many up to and including it. */
public record DailyCount(LocalDate day, long confirmations, long cumulative) {
}

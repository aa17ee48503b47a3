package org.fourmiliere.governance.internal.meetings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A recurring schedule: WEEKLY on a day of the week (production: every Monday afternoon) or MONTHLY on the
 * n-th such day of the month (reflection: the first Tuesday; a committee: e.g. the second Wednesday).
 */
public record MeetingSchedule(long id, long bodyId, MeetingType type, Recurrence recurrence, DayOfWeek dayOfWeek,
                              Integer weekOfMonth, LocalTime startTime, int durationMinutes, String place,
                              String link, boolean active) {

    public enum Recurrence { WEEKLY, MONTHLY }

    /** The days of the schedule from {@code from} to {@code to}, both included. */
    public List<LocalDate> days(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        if (recurrence == Recurrence.WEEKLY) {
            for (LocalDate d = from.with(TemporalAdjusters.nextOrSame(dayOfWeek)); !d.isAfter(to); d = d.plusWeeks(1)) {
                days.add(d);
            }
        } else {
            int n = weekOfMonth == null ? 1 : weekOfMonth;
            for (LocalDate m = from.withDayOfMonth(1); !m.isAfter(to); m = m.plusMonths(1)) {
                LocalDate d = m.with(TemporalAdjusters.dayOfWeekInMonth(n, dayOfWeek));
                if (d.getMonth() == m.getMonth() && !d.isBefore(from) && !d.isAfter(to)) days.add(d);
            }
        }
        return days;
    }
}

package org.fourmiliere.governance.internal.meetings;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.fourmiliere.shared.Problems;

/**
 * A recurring schedule: WEEKLY on a day of the week (production: every Monday afternoon) or MONTHLY on the
 * n-th such day of the month (reflection: the first Tuesday; a committee: e.g. the second Wednesday).
 */
public record MeetingSchedule(long id, long bodyId, MeetingType type, Recurrence recurrence, DayOfWeek dayOfWeek,
                              Integer weekOfMonth, LocalTime startTime, int durationMinutes, String place,
                              String link, boolean active) {

    public enum Recurrence { WEEKLY, MONTHLY }

    /** A monthly schedule names its week of the month (1 to 5); a weekly one has none (null is returned). */
    public static Integer weekOfMonth(Recurrence recurrence, Integer weekOfMonth) {
        if (recurrence != Recurrence.MONTHLY) return null;
        if (weekOfMonth == null || weekOfMonth < 1 || weekOfMonth > 5) {
            throw new Problems.InvalidInput("weekOfMonth", "meetings.schedule.week");
        }
        return weekOfMonth;
    }

    /** When the meeting of this schedule on {@code day} begins. */
    public Instant startsOn(LocalDate day) {
        return Meeting.at(day, startTime);
    }

    /** When the meeting of this schedule on {@code day} ends. */
    public Instant endsOn(LocalDate day) {
        return startsOn(day).plusSeconds(durationMinutes * 60L);
    }

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

package org.fourmiliere.calendar.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.fourmiliere.calendar.AddClosedDays;
import org.fourmiliere.shared.BusinessCalendar;
import org.fourmiliere.shared.Problems;

/** A run of days the collective closes, both ends included. */
public record ClosedDays(long id, LocalDate firstDay, LocalDate lastDay, String label) {

    /** The longest run of closed days at once: a year. */
    static final int MAX_DAYS = 366;

    /** The closed days a command asks for, if the rules allow them. */
    static ClosedDays of(AddClosedDays c) {
        LocalDate first = c.firstDay();
        LocalDate last = c.lastDay() == null ? first : c.lastDay();
        if (first.getYear() < BusinessCalendar.FIRST_YEAR || first.getYear() > BusinessCalendar.LAST_YEAR) {
            throw new Problems.InvalidInput("firstDay", "calendar.closed.out-of-range", BusinessCalendar.FIRST_YEAR,
                    BusinessCalendar.LAST_YEAR);
        }
        if (last.isBefore(first)) throw new Problems.InvalidInput("lastDay", "calendar.closed.before-first", first);
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new Problems.InvalidInput("lastDay", "calendar.closed.too-long", MAX_DAYS);
        }
        if (last.getYear() > BusinessCalendar.LAST_YEAR) {
            throw new Problems.InvalidInput("lastDay", "calendar.closed.out-of-range", BusinessCalendar.FIRST_YEAR,
                    BusinessCalendar.LAST_YEAR);
        }
        return new ClosedDays(0, first, last, c.label().strip());
    }

    /** Each day of the run. */
    public List<LocalDate> days() {
        return firstDay.datesUntil(lastDay.plusDays(1)).toList();
    }

    /** Whether the run has a day in that year. */
    public boolean touches(int year) {
        return firstDay.getYear() <= year && lastDay.getYear() >= year;
    }
}

package org.fourmiliere.shared;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A fiscal year of the collective: by default September 1 to August 31 (§9), named by the calendar year in
 * which it ends ("2006-07" ends on 2007-08-31 and is number 2007).
 */
public record FiscalYear(int endYear, MonthDay start) {

    public static final MonthDay DEFAULT_START = MonthDay.of(9, 1);

    public static FiscalYear containing(LocalDate day, MonthDay start) {
        LocalDate startThisYear = start.atYear(day.getYear());
        int endYear = day.isBefore(startThisYear) ? day.getYear() : day.getYear() + 1;
        if (start.equals(MonthDay.of(1, 1))) endYear = day.getYear();
        return new FiscalYear(endYear, start);
    }

    public LocalDate firstDay() {
        return start.equals(MonthDay.of(1, 1)) ? LocalDate.of(endYear, 1, 1) : start.atYear(endYear - 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusYears(1).minusDays(1);
    }

    public Period period() {
        return new Period(firstDay(), lastDay());
    }

    /** "2006-07" style label. */
    public String label() {
        return firstDay().getYear() == lastDay().getYear()
                ? String.valueOf(endYear)
                : firstDay().getYear() + "-" + String.format("%02d", lastDay().getYear() % 100);
    }
}

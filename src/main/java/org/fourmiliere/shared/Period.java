package org.fourmiliere.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/** A span of days, both ends included. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A period ends on or after it starts: " + from + " → " + to);
        }
    }

    public static Period of(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth());
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}

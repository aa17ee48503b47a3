package org.fourmiliere.timesheets;

import java.time.LocalDate;
import java.util.NavigableMap;
import java.util.Optional;
import org.fourmiliere.shared.Money;

/** What other modules may ask of the wage table: the single hourly wage and the days from which each rate holds. */
public interface SingleWage {

    /** Every rate by its first day (one query). */
    NavigableMap<LocalDate, Money> rates();

    /** The rate in force on a day (none before the first). */
    default Optional<Money> hourlyOn(LocalDate day) {
        var e = rates().floorEntry(day);
        return e == null ? Optional.empty() : Optional.of(e.getValue());
    }
}

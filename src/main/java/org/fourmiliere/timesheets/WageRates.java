package org.fourmiliere.timesheets;

import java.time.LocalDate;
import java.util.Optional;
import org.fourmiliere.shared.Money;

/** The single hourly wage (§8) in force on a day, for whoever plans with it (budgets). */
public interface WageRates {

    Optional<Money> hourlyOn(LocalDate day);
}

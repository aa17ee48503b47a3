package org.fourmiliere.timesheets.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.fourmiliere.shared.Money;
import org.fourmiliere.timesheets.WageRates;
import org.springframework.stereotype.Component;

/** {@link WageRates} from the dated wage table. */
@Component
class WageRatesReader implements WageRates {

    private final Wages wages;

    WageRatesReader(Wages wages) {
        this.wages = wages;
    }

    @Override
    public Optional<Money> hourlyOn(LocalDate day) {
        return wages.table().rateOn(day);
    }
}

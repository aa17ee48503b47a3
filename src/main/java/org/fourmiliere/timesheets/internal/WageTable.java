package org.fourmiliere.timesheets.internal;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.fourmiliere.shared.Money;

/**
 * The single hourly wage, dated (§8): a rate is in force from its day until the day before the next one.
 * Pay = paid minutes of each day × the rate in force that day / 60, summed exactly, rounded once to the cent.
 */
public final class WageTable {

    private static final long MINUTES_PER_HOUR = 60;

    public record Rate(LocalDate from, Money hourly) {}

    private final NavigableMap<LocalDate, Money> rates = new TreeMap<>();

    public WageTable(List<Rate> rates) {
        rates.forEach(r -> this.rates.put(r.from(), r.hourly()));
    }

    /** The first day of the rate in force on a day, or null when none is. */
    public LocalDate rateFrom(LocalDate day) {
        return rates.floorKey(day);
    }

    public Optional<Money> rateOn(LocalDate day) {
        var e = rates.floorEntry(day);
        return e == null ? Optional.empty() : Optional.of(e.getValue());
    }

    /**
     * The pay for paid minutes per day; days with no rate in force are left out. Each day's rate × minutes is
     * exact in cents; their sum is divided by 60 and rounded once, half-even, to the cent.
     */
    public Money pay(Map<LocalDate, Long> paidMinutesPerDay) {
        Money ratesTimesMinutes = Money.zero(Money.CAD);
        for (var e : paidMinutesPerDay.entrySet()) {
            Optional<Money> rate = rateOn(e.getKey());
            if (rate.isPresent()) ratesTimesMinutes = ratesTimesMinutes.plus(rate.get().multipliedBy(e.getValue()));
        }
        return ratesTimesMinutes.dividedBy(MINUTES_PER_HOUR, RoundingMode.HALF_EVEN);
    }

    public List<Rate> rates() {
        return rates.entrySet().stream().map(e -> new Rate(e.getKey(), e.getValue())).toList();
    }
}

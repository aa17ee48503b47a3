package org.fourmiliere.governance.internal.eligibility;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The facts a verification on {@code asOf} looks at: the two whole calendar months before the month of the
 * verification (a verification on 2026-12-01 reads October and November 2026). See ADR 0501.
 */
public record EligibilityWindow(LocalDate asOf, YearMonth first, YearMonth second) {

    public static EligibilityWindow of(LocalDate asOf) {
        YearMonth current = YearMonth.from(asOf);
        return new EligibilityWindow(asOf, current.minusMonths(2), current.minusMonths(1));
    }

    public LocalDate from() {
        return first.atDay(1);
    }

    public LocalDate to() {
        return second.atEndOfMonth();
    }

    public List<YearMonth> months() {
        return List.of(first, second);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from()) && !day.isAfter(to());
    }
}

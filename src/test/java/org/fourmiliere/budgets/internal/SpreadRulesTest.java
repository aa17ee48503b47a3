package org.fourmiliere.budgets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** A yearly amount spread over its months adds up to the cent, evenly or by last year's profile. */
class SpreadRulesTest {

    @Test
    void evenlyTheLeftoverCentsGoToTheFirstMonths() {
        assertThat(Spread.evenly(new BigDecimal("1000.00"), 12)).containsExactly(
                new BigDecimal("83.34"), new BigDecimal("83.34"), new BigDecimal("83.34"), new BigDecimal("83.34"),
                new BigDecimal("83.33"), new BigDecimal("83.33"), new BigDecimal("83.33"), new BigDecimal("83.33"),
                new BigDecimal("83.33"), new BigDecimal("83.33"), new BigDecimal("83.33"), new BigDecimal("83.33"));
    }

    @Test
    void byLastYearsProfile() {
        // last year: 1000 in March, 3000 in June: 1200 → 300 and 900
        assertThat(Spread.byProfile(new BigDecimal("1200"), List.of(BigDecimal.ZERO, new BigDecimal("1000"), new BigDecimal("3000"))))
                .containsExactly(new BigDecimal("0.00"), new BigDecimal("300.00"), new BigDecimal("900.00"));
    }

    @Property(tries = 300)
    void theMonthsAddUpToTheAmount(@ForAll @IntRange(min = -10_000_000, max = 10_000_000) int cents,
                                   @ForAll @Size(value = 12) List<@IntRange(min = 0, max = 100_000) Integer> profile) {
        BigDecimal amount = BigDecimal.valueOf(cents, 2);
        List<BigDecimal> p = profile.stream().map(BigDecimal::valueOf).toList();
        assertThat(Spread.byProfile(amount, p).stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(amount);
        assertThat(Spread.evenly(amount, 12).stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(amount);
    }
}

package org.fourmiliere.timesheets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.fourmiliere.shared.Money;
import org.junit.jupiter.api.Test;

class WageTableTest {

    final WageTable table = new WageTable(List.of(
            new WageTable.Rate(LocalDate.of(2007, 3, 13), Money.cad("21.50")),
            new WageTable.Rate(LocalDate.of(2012, 9, 1), Money.cad("22.50"))));

    @Test
    void theRateInForceIsTheLatestNotAfterTheDay() {
        assertThat(table.rateOn(LocalDate.of(2007, 3, 12))).isEmpty();
        assertThat(table.rateOn(LocalDate.of(2007, 3, 13))).contains(Money.cad("21.50"));
        assertThat(table.rateOn(LocalDate.of(2012, 8, 31))).contains(Money.cad("21.50"));
        assertThat(table.rateOn(LocalDate.of(2012, 9, 1))).contains(Money.cad("22.50"));
    }

    @Test
    void aRaiseInTheMiddleOfAPayPeriodPaysEachDayAtItsRate() {
        var pay = table.pay(Map.of(LocalDate.of(2012, 8, 31), 120L, LocalDate.of(2012, 9, 1), 120L));
        assertThat(pay).isEqualTo(Money.cad("88.00"));
    }

    @Property
    void payIsAdditiveOverDaysUpToACentPerPart(@ForAll @IntRange(min = 0, max = 100_000) int a,
                                               @ForAll @IntRange(min = 0, max = 100_000) int b) {
        LocalDate d1 = LocalDate.of(2010, 1, 4), d2 = LocalDate.of(2013, 1, 4);
        Money whole = table.pay(Map.of(d1, (long) a, d2, (long) b));
        Money parts = table.pay(Map.of(d1, (long) a)).plus(table.pay(Map.of(d2, (long) b)));
        assertThat(whole.minus(parts).amount().abs()).isLessThanOrEqualTo(new java.math.BigDecimal("0.01"));
    }
}

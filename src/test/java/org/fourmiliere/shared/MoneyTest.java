package org.fourmiliere.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsTheCurrencyScaleAndRefusesSilentRounding() {
        assertThat(Money.cad("21.5").amount()).isEqualByComparingTo("21.50");
        assertThat(Money.cad("21.5").amount().scale()).isEqualTo(2);
        assertThatThrownBy(() -> Money.cad("0.001")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.rounded(new BigDecimal("10.005"), Money.CAD)).isEqualTo(Money.cad("10.00"));
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.cad("1").plus(Money.of(BigDecimal.ONE, Currency.getInstance("EUR"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.cad("1.10").plus(Money.cad("2.20"))).isEqualTo(Money.cad("3.30"));
    }

    @Test
    void fiscalYearRunsFromSeptemberToAugust() {
        FiscalYear fy = FiscalYear.containing(LocalDate.of(2007, 8, 31), FiscalYear.DEFAULT_START);
        assertThat(fy.firstDay()).isEqualTo(LocalDate.of(2006, 9, 1));
        assertThat(fy.lastDay()).isEqualTo(LocalDate.of(2007, 8, 31));
        assertThat(fy.label()).isEqualTo("2006-07");
        assertThat(FiscalYear.containing(LocalDate.of(2007, 9, 1), FiscalYear.DEFAULT_START).label()).isEqualTo("2007-08");
    }
}

package org.fourmiliere.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
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

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void everyOperationRefusesAnotherCurrency() {
        Money cad = Money.cad("1.00");
        Money eur = Money.of(BigDecimal.ONE, EUR);
        assertThatThrownBy(() -> cad.minus(eur)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cad.compareTo(eur)).isInstanceOf(IllegalArgumentException.class);
        assertThat(cad.equals(eur)).isFalse();
    }


    @Test
    void multiplicationAndDivisionRoundOnceAsAsked() {
        Money m = Money.cad("10.00");
        assertThat(m.multipliedBy(new BigDecimal("0.14975"), RoundingMode.HALF_UP)).isEqualTo(Money.cad("1.50"));
        assertThat(m.multipliedBy(new BigDecimal("0.14975"), RoundingMode.DOWN)).isEqualTo(Money.cad("1.49"));
        assertThatThrownBy(() -> m.multipliedBy(new BigDecimal("0.14975"), RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class);
        assertThat(m.multipliedBy(3)).isEqualTo(Money.cad("30.00"));
        assertThat(m.dividedBy(3, RoundingMode.HALF_EVEN)).isEqualTo(Money.cad("3.33"));
        assertThat(m.dividedBy(3, RoundingMode.UP)).isEqualTo(Money.cad("3.34"));
        // 0.125 is halfway: half-even goes to the even cent, half-up away from zero
        assertThat(Money.cad("0.25").dividedBy(2, RoundingMode.HALF_EVEN)).isEqualTo(Money.cad("0.12"));
        assertThat(Money.cad("0.25").dividedBy(2, RoundingMode.HALF_UP)).isEqualTo(Money.cad("0.13"));
        assertThatThrownBy(() -> m.dividedBy(0, RoundingMode.HALF_EVEN)).isInstanceOf(ArithmeticException.class);
        // the currency's own scale: no cents in yen
        assertThat(Money.of(new BigDecimal("100"), JPY).dividedBy(3, RoundingMode.HALF_EVEN).amount()).isEqualByComparingTo("33");
    }

    @Test
    void allocationKeepsEveryCent() {
        assertThat(Money.cad("100.00").allocate(1, 1, 1))
                .containsExactly(Money.cad("33.34"), Money.cad("33.33"), Money.cad("33.33"));
        assertThat(Money.cad("-100.00").allocate(1, 1, 1))
                .containsExactly(Money.cad("-33.34"), Money.cad("-33.33"), Money.cad("-33.33"));
        assertThat(Money.cad("0.05").allocate(3, 7)).containsExactly(Money.cad("0.02"), Money.cad("0.03"));
        assertThat(Money.cad("10.00").allocate(List.of(new BigDecimal("0.5"), BigDecimal.ZERO, new BigDecimal("0.25"))))
                .containsExactly(Money.cad("6.67"), Money.cad("0.00"), Money.cad("3.33"));
        assertThatThrownBy(() -> Money.cad("1").allocate(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.cad("1").allocate(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.cad("1").allocate(2, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void allocatedPartsAddUpToTheTotalAndStayWithinACentOfTheirShares(
            @ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long cents,
            @ForAll("ratios") List<BigDecimal> ratios) {
        Money total = Money.ofMinor(cents, Money.CAD);
        List<Money> parts = total.allocate(ratios);
        assertThat(parts).hasSameSizeAs(ratios);
        assertThat(parts.stream().reduce(Money.zero(Money.CAD), Money::plus)).isEqualTo(total);
        BigDecimal sum = ratios.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal cent = new BigDecimal("0.01");
        for (int i = 0; i < parts.size(); i++) {
            BigDecimal exact = total.amount().multiply(ratios.get(i)).divide(sum, MathContext.DECIMAL128);
            assertThat(parts.get(i).amount().subtract(exact).abs()).isLessThan(cent);
            assertThat(parts.get(i).signum() * total.signum()).isGreaterThanOrEqualTo(0);
        }
    }

    @Provide
    Arbitrary<List<BigDecimal>> ratios() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(3)
                .list().ofMinSize(1).ofMaxSize(12)
                .filter(l -> l.stream().anyMatch(r -> r.signum() > 0));
    }

    @Property
    void multiplicationHonoursTheRoundingMode(@ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long cents,
                                              @ForAll("factors") BigDecimal factor,
                                              @ForAll("modes") RoundingMode mode) {
        Money m = Money.ofMinor(cents, Money.CAD);
        BigDecimal exact = m.amount().multiply(factor);
        Money product = m.multipliedBy(factor, mode);
        assertThat(product.amount()).isEqualTo(exact.setScale(2, mode));
        BigDecimal error = product.amount().subtract(exact);
        assertThat(error.abs()).isLessThan(new BigDecimal("0.01"));
        switch (mode) {
            case FLOOR -> assertThat(error.signum()).isLessThanOrEqualTo(0);
            case CEILING -> assertThat(error.signum()).isGreaterThanOrEqualTo(0);
            case DOWN -> assertThat(product.amount().abs()).isLessThanOrEqualTo(exact.abs());
            case UP -> assertThat(product.amount().abs()).isGreaterThanOrEqualTo(exact.abs());
            default -> assertThat(error.abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
        }
    }

    @Property
    void divisionIsTheExactQuotientRoundedOnce(@ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long cents,
                                               @ForAll @IntRange(min = 1, max = 10_000) int divisor,
                                               @ForAll("modes") RoundingMode mode) {
        Money m = Money.ofMinor(cents, Money.CAD);
        BigDecimal exact = m.amount().divide(BigDecimal.valueOf(divisor), MathContext.DECIMAL128);
        BigDecimal q = m.dividedBy(divisor, mode).amount();
        assertThat(q.subtract(exact).abs()).isLessThan(new BigDecimal("0.01"));
        if (mode == RoundingMode.HALF_EVEN || mode == RoundingMode.HALF_UP) {
            assertThat(q.subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
        }
    }

    @Property
    void additionIsExactAndRefusesAnotherCurrency(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long a,
                                                  @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long b) {
        Money x = Money.ofMinor(a, Money.CAD), y = Money.ofMinor(b, Money.CAD);
        assertThat(x.plus(y).minorUnits()).isEqualTo(a + b);
        assertThat(x.minus(y).minorUnits()).isEqualTo(a - b);
        assertThatThrownBy(() -> x.plus(Money.ofMinor(b, EUR))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> x.allocate(1).getFirst().minus(Money.ofMinor(b, EUR))).isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<BigDecimal> factors() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-100"), new BigDecimal("100")).ofScale(6);
    }

    @Provide
    Arbitrary<RoundingMode> modes() {
        return Arbitraries.of(RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR,
                RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN);
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

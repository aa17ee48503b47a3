package org.fourmiliere.shared;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An exact amount of a currency. The scale is the currency's (2 for CAD); building one from more decimals
 * is refused unless a rounding mode is given, so that no cent is lost silently.
 *
 * <p>Arithmetic stays exact where it can ({@link #plus}, {@link #minus}, {@link #multipliedBy(long)}); where the
 * result may have more decimals than the currency allows ({@link #multipliedBy(BigDecimal, RoundingMode)},
 * {@link #dividedBy(BigDecimal, RoundingMode)}) the caller names the rounding. A total is shared into parts
 * with {@link #allocate(List)}, whose parts always add up to the total. Amounts of different currencies are
 * never mixed.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public static final Currency CAD = Currency.getInstance("CAD");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        try {
            amount = amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("More decimals than " + currency + " allows: " + amount, e);
        }
    }

    public static Money cad(String amount) {
        return new Money(new BigDecimal(amount), CAD);
    }

    public static Money cad(BigDecimal amount) {
        return new Money(amount, CAD);
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /** An amount given in the currency's smallest unit (cents for CAD). */
    public static Money ofMinor(long minorUnits, Currency currency) {
        return new Money(BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits()), currency);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** An amount computed with more decimals (a rate × hours), rounded half-even to the currency's scale. */
    public static Money rounded(BigDecimal amount, Currency currency) {
        return rounded(amount, currency, RoundingMode.HALF_EVEN);
    }

    /** An amount computed with more decimals, rounded to the currency's scale as {@code mode} says. */
    public static Money rounded(BigDecimal amount, Currency currency, RoundingMode mode) {
        return new Money(amount.setScale(currency.getDefaultFractionDigits(), mode), currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** This amount times a whole number: exact, no rounding. */
    public Money multipliedBy(long times) {
        return new Money(amount.multiply(BigDecimal.valueOf(times)), currency);
    }

    /** This amount times {@code factor}, rounded once to the currency's scale as {@code mode} says. */
    public Money multipliedBy(BigDecimal factor, RoundingMode mode) {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(mode, "mode");
        return rounded(amount.multiply(factor), currency, mode);
    }

    /**
     * This amount divided by {@code divisor}, rounded once to the currency's scale as {@code mode} says
     * (the quotient is never rounded to some intermediate scale first).
     */
    public Money dividedBy(BigDecimal divisor, RoundingMode mode) {
        Objects.requireNonNull(divisor, "divisor");
        Objects.requireNonNull(mode, "mode");
        if (divisor.signum() == 0) throw new ArithmeticException("Division of " + this + " by zero");
        return new Money(amount.divide(divisor, currency.getDefaultFractionDigits(), mode), currency);
    }

    public Money dividedBy(long divisor, RoundingMode mode) {
        return dividedBy(BigDecimal.valueOf(divisor), mode);
    }

    /**
     * Shares this amount into parts in proportion to {@code ratios} (none negative, at least one above zero),
     * without losing or creating a cent: the parts add up exactly to this amount. Each part is first its exact
     * share rounded towards zero to the currency's unit; the units left over go one each to the parts whose
     * exact shares lost the most by that rounding (the earlier part first on a tie). So every part differs
     * from its exact share by less than one unit, and a zero ratio always gets zero.
     */
    public List<Money> allocate(List<BigDecimal> ratios) {
        Objects.requireNonNull(ratios, "ratios");
        if (ratios.isEmpty()) throw new IllegalArgumentException("No ratios to allocate " + this + " by");
        int scale = 0;
        for (BigDecimal r : ratios) {
            Objects.requireNonNull(r, "ratio");
            if (r.signum() < 0) throw new IllegalArgumentException("A negative ratio: " + r);
            scale = Math.max(scale, r.stripTrailingZeros().scale());
        }
        BigInteger[] weights = new BigInteger[ratios.size()];
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = ratios.get(i).setScale(scale, RoundingMode.UNNECESSARY).unscaledValue();
            sum = sum.add(weights[i]);
        }
        if (sum.signum() == 0) throw new IllegalArgumentException("The ratios add up to zero: " + ratios);
        BigInteger units = amount.unscaledValue().abs();
        BigInteger[] parts = new BigInteger[weights.length];
        BigInteger[] remainders = new BigInteger[weights.length];
        BigInteger left = units;
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] qr = units.multiply(weights[i]).divideAndRemainder(sum);
            parts[i] = qr[0];
            remainders[i] = qr[1];
            left = left.subtract(qr[0]);
        }
        // fewer units are left over than there are parts with a remainder, since each remainder is below one unit
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> {
            int c = remainders[b].compareTo(remainders[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        for (int k = 0; left.signum() > 0; k++, left = left.subtract(BigInteger.ONE)) {
            parts[order[k]] = parts[order[k]].add(BigInteger.ONE);
        }
        int digits = currency.getDefaultFractionDigits();
        List<Money> out = new ArrayList<>(parts.length);
        for (BigInteger p : parts) {
            BigDecimal part = new BigDecimal(p, digits);
            out.add(new Money(amount.signum() < 0 ? part.negate() : part, currency));
        }
        return List.copyOf(out);
    }

    /** Shares this amount into parts in proportion to whole-number weights; see {@link #allocate(List)}. */
    public List<Money> allocate(long... weights) {
        List<BigDecimal> ratios = new ArrayList<>(weights.length);
        for (long w : weights) ratios.add(BigDecimal.valueOf(w));
        return allocate(ratios);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public Money abs() {
        return amount.signum() < 0 ? negate() : this;
    }

    public int signum() {
        return amount.signum();
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /** The amount in the currency's smallest unit (cents for CAD); refuses one beyond a {@code long}. */
    public long minorUnits() {
        return amount.unscaledValue().longValueExact();
    }

    public boolean hasCurrency(Currency other) {
        return currency.equals(other);
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Currencies differ: " + currency + " and " + other.currency);
        }
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}

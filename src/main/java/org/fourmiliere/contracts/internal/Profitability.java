package org.fourmiliere.contracts.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.fourmiliere.shared.Money;

/**
 * What a contract (or a client, or a service) brought against what it cost: revenue invoiced, the hours worked at
 * the single wage and the freelancers' parts; margin and the effective hourly rate (revenue ÷ hours worked).
 */
public record Profitability(Money revenue, long minutes, Money wageCost, Money freelancerCost) {

    public Money cost() {
        return wageCost.plus(freelancerCost);
    }

    public Money margin() {
        return revenue.minus(cost());
    }

    /** Revenue per hour worked, rounded half up to the cent; null when no hour was worked. */
    public Money effectiveHourly() {
        if (minutes <= 0) return null;
        return revenue.multipliedBy(BigDecimal.valueOf(60), RoundingMode.UNNECESSARY)
                .dividedBy(BigDecimal.valueOf(minutes), RoundingMode.HALF_UP);
    }

    public Profitability plus(Profitability o) {
        return new Profitability(revenue.plus(o.revenue), minutes + o.minutes, wageCost.plus(o.wageCost),
                freelancerCost.plus(o.freelancerCost));
    }

    public static Profitability zero() {
        Money z = Money.zero(Money.CAD);
        return new Profitability(z, 0, z, z);
    }
}

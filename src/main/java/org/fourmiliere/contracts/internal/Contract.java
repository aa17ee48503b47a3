package org.fourmiliere.contracts.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fourmiliere.contracts.BillingMode;
import org.fourmiliere.contracts.ServiceKind;
import org.fourmiliere.shared.Money;

/**
 * A contract: a client, the quote or order it comes from, a team, a budget in hours and money, how it is billed, its
 * days, the activity of the time tracker its hours go to, and the freelancer who brought it (with the collective's share).
 */
public record Contract(long id, String code, String title, long customerId, Long opportunityId, Long documentId, Long teamId,
                       ServiceKind service, BillingMode mode, Money hourly, Long budgetMinutes, Money budget,
                       LocalDate startsOn, LocalDate endsOn, long activityId, Long freelancerId, BigDecimal sharePercent) {

    /** The collective's share of a freelancer's contract when none is said (§10). */
    public static final BigDecimal DEFAULT_SHARE = new BigDecimal("30");

    /** The levels of the budget alerts, in percent. */
    public static final List<Integer> ALERT_LEVELS = List.of(80, 100);

    /** The alert levels reached by {@code minutesSpent} of the budget in hours (none without a budget). */
    public List<Integer> levelsReached(long minutesSpent) {
        List<Integer> out = new ArrayList<>();
        if (budgetMinutes == null || budgetMinutes <= 0) return out;
        for (int level : ALERT_LEVELS) {
            // spent / budget >= level / 100, in whole numbers
            if (minutesSpent * 100 >= budgetMinutes * level) out.add(level);
        }
        return out;
    }

    /** The collective's part and the freelancer's part of an amount: the collective's rounded half up, the rest to the freelancer. */
    public record Share(Money collective, Money freelancer) {}

    public Share share(Money revenue) {
        if (freelancerId == null) return new Share(revenue, Money.zero(revenue.currency()));
        Money collective = revenue.multipliedBy(sharePercent.movePointLeft(2), RoundingMode.HALF_UP);
        return new Share(collective, revenue.minus(collective));
    }
}
